import type { Locale } from '../../../shared/matrix/labels';
import { buildReportModel } from '../../../shared/report/build-model';
import type { Classification, ReportKind } from '../../../shared/report/model';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { renderReportDocx } from './render-docx';
import { renderReportPdf } from './render-pdf';
import { readReportSource } from './report-source';

export type ReportFormat = 'docx' | 'pdf';

export interface ExportRequest {
  incidentId: string;
  kind: ReportKind;
  format: ReportFormat;
  classification: Classification;
  language: Locale;
  author: string;
  appVersion: string;
  now?: Date;
}

export interface ExportedReport {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export const REPORT_MIME: Readonly<Record<ReportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const FILE_STEM: Readonly<Record<Locale, Record<ReportKind, string>>> = {
  nl: { aftercare: 'nazorgrapportage', evaluation: 'evaluatie-oefening' },
  en: { aftercare: 'aftercare-report', evaluation: 'exercise-evaluation' },
};

export function reportFileName(
  kind: ReportKind,
  language: Locale,
  incidentId: string,
  format: ReportFormat,
): string {
  return `${FILE_STEM[language][kind]}-${incidentId}.${format}`;
}

/** Reads the incident, builds the model and renders one file. Used by the API and the CLI alike. */
export async function exportReport(
  session: WorkspaceSession,
  request: ExportRequest,
): Promise<ExportedReport> {
  const source = await readReportSource(session, request.incidentId);
  const model = buildReportModel({
    protocol: source.protocol,
    incident: source.incident,
    entries: source.entries,
    verification: source.verification,
    ...(source.evaluation ? { evaluation: source.evaluation } : {}),
    kind: request.kind,
    language: request.language,
    classification: request.classification,
    generatedAt: request.now ?? new Date(),
    appVersion: request.appVersion,
    author: request.author,
  });
  const bytes = request.format === 'docx' ? await renderReportDocx(model) : await renderReportPdf(model);
  return {
    fileName: reportFileName(request.kind, request.language, request.incidentId, request.format),
    mime: REPORT_MIME[request.format],
    bytes,
  };
}
