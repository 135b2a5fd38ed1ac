import { reportDocument } from '../../../shared/report/document';
import type { ReportModel } from '../../../shared/report/model';
import { renderDocumentDocx } from '../document/render-docx';

/** The report as Word: the one document renderer (document/render-docx.ts) drawing the report's document. */
export function renderReportDocx(model: ReportModel): Promise<Buffer> {
  return renderDocumentDocx(reportDocument(model));
}
