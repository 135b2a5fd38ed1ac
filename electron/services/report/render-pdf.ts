import { reportDocument } from '../../../shared/report/document';
import type { ReportModel } from '../../../shared/report/model';
import { renderDocumentPdf } from '../document/render-pdf';

/** The report as PDF: the one document renderer (document/render-pdf.ts) drawing the report's document. */
export function renderReportPdf(model: ReportModel): Promise<Buffer> {
  return renderDocumentPdf(reportDocument(model));
}
