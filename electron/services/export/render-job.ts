import type { ExportJob } from './render-in-worker';

/**
 * The renderers, loaded when a job first needs them: the command line makes one file per process,
 * and a PDF must not pay for loading docx and resvg (nor a Word file for pdfmake and pdfkit).
 */
const loadReportModel = () => import('../../../shared/report/build-model');
const loadReportPdf = () => import('../report/render-pdf');
const loadReportDocx = () => import('../report/render-docx');
const loadProtocolPdf = () => import('../protocol/print/render-pdf');
const loadProtocolDocx = () => import('../protocol/print/render-docx');

/**
 * Loads every renderer now. The export worker calls this before it says it is ready, so a warm
 * worker has nothing left to load when a job arrives.
 */
export async function loadAllRenderers(): Promise<void> {
  await Promise.all([
    loadReportModel(),
    loadReportPdf(),
    loadReportDocx(),
    loadProtocolPdf(),
    loadProtocolDocx(),
  ]);
}

/**
 * The work of one export job: build and render. The export worker runs it in its thread; the
 * command line runs it in its own (a CLI has no window to keep responsive, and a worker would load
 * every renderer a second time).
 */
export async function renderJob(job: ExportJob): Promise<Buffer> {
  switch (job.kind) {
    case 'report': {
      const [{ buildReportModel }, renderer] = await Promise.all([
        loadReportModel(),
        job.format === 'docx' ? loadReportDocx() : loadReportPdf(),
      ]);
      const model = buildReportModel(job.input);
      return 'renderReportDocx' in renderer
        ? renderer.renderReportDocx(model)
        : renderer.renderReportPdf(model);
    }
    case 'protocol':
      return job.format === 'docx'
        ? (await loadProtocolDocx()).renderProtocolDocx(job.protocol, job.options)
        : (await loadProtocolPdf()).renderProtocolPdf(job.protocol, job.options);
    default:
      throw new Error(`unknown export job ${String((job as { kind?: unknown }).kind)}`);
  }
}
