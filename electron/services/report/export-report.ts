import type { Locale } from '../../../shared/matrix/labels';
import type { Classification, ReportKind } from '../../../shared/report/model';
import { renderInWorker } from '../export/render-in-worker';
import { renderJob } from '../export/render-job';
import type { WorkspaceSession } from '../workspace/workspace-session';
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
  /** render on this thread instead of in a worker: for the command line, which has no window to keep free */
  inline?: boolean;
}

export interface ExportedReport {
  fileName: string;
  mime: string;
  bytes: Buffer;
  /** the log head the report covered (its integrity statement quotes the same) */
  covered: { count: number; headHash: string };
}

export const REPORT_MIME: Readonly<Record<ReportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const FILE_STEM: Readonly<Record<Locale, Record<ReportKind, string>>> = {
  nl: { aftercare: 'nazorgrapportage', evaluation: 'evaluatie-oefening' },
  en: { aftercare: 'aftercare-report', evaluation: 'exercise-evaluation' },
};

/** an evaluation of a real incident is retitled "Evaluatie van het incident", and named so */
const INCIDENT_EVALUATION_STEM: Readonly<Record<Locale, string>> = {
  nl: 'evaluatie-incident',
  en: 'incident-evaluation',
};

export function reportFileName(
  kind: ReportKind,
  language: Locale,
  incidentId: string,
  format: ReportFormat,
  isExercise = true,
): string {
  const stem =
    kind === 'evaluation' && !isExercise ? INCIDENT_EVALUATION_STEM[language] : FILE_STEM[language][kind];
  return `${stem}-${incidentId}.${format}`;
}

/**
 * Reads the incident, builds the model and renders one file. Used by the API and the CLI alike.
 * The reading happens here; building and rendering run in a worker thread (render-in-worker.ts),
 * so a 10,000-entry PDF does not stall the API for the seconds it takes.
 */
export async function exportReport(
  session: WorkspaceSession,
  request: ExportRequest,
): Promise<ExportedReport> {
  const source = await readReportSource(session, request.incidentId);
  const render = request.inline ? renderJob : renderInWorker;
  const bytes = await render({
    kind: 'report',
    format: request.format,
    input: {
      protocol: source.protocol,
      incident: source.incident,
      entries: source.entries,
      verification: source.verification,
      ...(source.evaluation ? { evaluation: source.evaluation } : {}),
      ...(source.exercise ? { exercise: source.exercise } : {}),
      kind: request.kind,
      language: request.language,
      classification: request.classification,
      generatedAt: request.now ?? new Date(),
      appVersion: request.appVersion,
      author: request.author,
    },
  });
  return {
    fileName: reportFileName(
      request.kind,
      request.language,
      request.incidentId,
      request.format,
      source.incident.isExercise,
    ),
    mime: REPORT_MIME[request.format],
    bytes,
    covered: { count: source.verification.count, headHash: source.verification.headHash },
  };
}
