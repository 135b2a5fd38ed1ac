import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROBOTO_PATHS } from '../../../electron/services/export/pdf-engine';
import { type FontStyle, textWidth } from '../../../electron/services/report/text-metrics';

const fontkit = createRequire(import.meta.url)('fontkit') as {
  openSync(path: string): { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
};

/** The widths the appendix breaks its lines by: from the shaping table where it has the character, else fontkit. */
describe('text widths for the log appendix', () => {
  it('equal the advance widths in the font files, inside and outside the shaping table', () => {
    const text = 'Crisisteam – “fase 3”: €1.234,56 · ½ Ærø ÿ → ✓ Ж';
    for (const style of Object.keys(ROBOTO_PATHS) as FontStyle[]) {
      const font = fontkit.openSync(ROBOTO_PATHS[style]);
      let em = 0;
      for (const c of text) em += font.glyphForCodePoint(c.charCodeAt(0)).advanceWidth / font.unitsPerEm;
      expect(textWidth(text, 8, style), style).toBeCloseTo(em * 8, 9);
    }
  });
});
