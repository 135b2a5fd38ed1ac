import { buildReportModel } from '../../../shared/report/build-model';
import { renderProtocolDocx, renderProtocolPdf } from '../protocol/print/index';
import { renderReportDocx } from '../report/render-docx';
import { renderReportPdf } from '../report/render-pdf';
import type { ExportJob } from './render-in-worker';

/**
 * The work of one export job: build and render. The export worker runs it in its thread; the
 * command line runs it in its own (a CLI has no window to keep responsive, and a worker would load
 * every renderer a second time).
 */
export async function renderJob(job: ExportJob): Promise<Buffer> {
  switch (job.kind) {
    case 'report': {
      const model = buildReportModel(job.input);
      return job.format === 'docx' ? renderReportDocx(model) : renderReportPdf(model);
    }
    case 'protocol':
      return job.format === 'docx'
        ? renderProtocolDocx(job.protocol, job.options)
        : renderProtocolPdf(job.protocol, job.options);
    default:
      throw new Error(`unknown export job ${String((job as { kind?: unknown }).kind)}`);
  }
}
