import { renderAsync } from '@resvg/resvg-js';
import type { Block } from '../../../shared/report/blocks';
import type { ReportModel } from '../../../shared/report/model';
import { outsideAsar } from '../export/outside-asar';
import { ROBOTO_PATHS } from '../export/pdf-engine';
import type { TimelinePng } from './timeline-png';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** Drawn twice as large as shown, so the picture stays sharp when printed (as the timeline). */
const SCALE = 2;

/**
 * Every chart block of a report rasterised for Word, keyed by its SVG text (Word cannot take SVG
 * everywhere it is read). Same fonts and settings as the timeline: the PDF's Roboto, no system
 * fonts, off the main thread. Shown at `widthPx` wide, the height following the drawing.
 */
export async function chartPngs(model: ReportModel, widthPx: number): Promise<Map<string, TimelinePng>> {
  const charts = model.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
  const out = new Map<string, TimelinePng>();
  for (const chart of charts) {
    if (out.has(chart.svg)) continue;
    const image = await renderAsync(chart.svg, {
      fitTo: { mode: 'width', value: widthPx * SCALE },
      font: {
        loadSystemFonts: false,
        fontFiles: Object.values(ROBOTO_PATHS).map(outsideAsar),
        defaultFontFamily: 'Roboto',
      },
      background: '#ffffff',
    });
    out.set(chart.svg, { png: image.asPng(), width: image.width / SCALE, height: image.height / SCALE });
  }
  return out;
}
