import { renderAsync } from '@resvg/resvg-js';
import { IMAGE_WIDTH } from '../../../shared/document/model';
import { outsideAsar } from '../export/outside-asar';
import { ROBOTO_PATHS } from './engines/pdfmake-engine';

export interface ImagePng {
  png: Buffer;
  /** size to show it at, in CSS pixels (96 per inch), which is how docx sizes images */
  width: number;
  height: number;
}

/** Drawn twice as large as shown, so the picture stays sharp when printed. */
const SCALE = 2;

/**
 * An image block's SVG rasterised for Word (docx cannot take SVG everywhere Word versions read
 * it), shown at `widthPx`: the SVG is drawn at IMAGE_WIDTH units, so Word shows the same picture
 * the PDF does, scaled to the page. resvg gets the Roboto files the PDF uses and no system fonts:
 * the same glyphs on every machine, and no font scan at export time. renderAsync runs off the main
 * thread, so the window does not stall.
 */
export async function svgToPng(svg: string, widthPx: number): Promise<ImagePng> {
  const zoom = (SCALE * widthPx) / IMAGE_WIDTH;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(ROBOTO_PATHS).map(outsideAsar),
      defaultFontFamily: 'Roboto',
    },
    background: '#ffffff',
  });
  return { png: image.asPng(), width: image.width / SCALE, height: image.height / SCALE };
}
