import { renderAsync } from '@resvg/resvg-js';
import type { Locale } from '../../../shared/matrix/labels';
import type { TimelineData } from '../../../shared/report/model';
import { renderTimelineSvg } from '../../../shared/report/timeline-svg';
import { outsideAsar } from '../export/outside-asar';
import { ROBOTO_PATHS } from '../export/pdf-engine';

export interface TimelinePng {
  png: Buffer;
  /** size to show it at, in CSS pixels (96 per inch), which is how docx sizes images */
  width: number;
  height: number;
}

/** Drawn twice as large as shown, so the picture stays sharp when printed. */
const SCALE = 2;

/**
 * The timeline rasterised for Word (docx cannot take SVG everywhere Word versions read it). resvg
 * gets the Roboto files the PDF uses and no system fonts: the same glyphs on every machine, and no
 * font scan at export time. renderAsync runs off the main thread, so the window does not stall.
 */
export async function timelinePng(
  data: TimelineData,
  widthPx: number,
  language: Locale,
): Promise<TimelinePng> {
  const svg = renderTimelineSvg(data, { width: widthPx, language });
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(ROBOTO_PATHS).map(outsideAsar),
      defaultFontFamily: 'Roboto',
    },
    background: '#ffffff',
  });
  return { png: image.asPng(), width: image.width / SCALE, height: image.height / SCALE };
}
