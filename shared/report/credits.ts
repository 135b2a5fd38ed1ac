import { textsOf } from '../i18n/texts';
import { translate } from '../i18n/translator';
import { CIP_2020_MATRIX } from '../matrix/cip-2020';
import { matrixDiff } from '../matrix/diff';
import type { Locale } from '../matrix/labels';
import type { MatrixCells } from '../matrix/schema';
import { AUDIENCES, NATURES, PHASES } from '../model/vocabulary';

/**
 * The credits every exported document carries (report and printed protocol alike): where the
 * method comes from, under which licence, and which matrix the document judged by. A reader of
 * a single printed page must be able to tell the organisation's own matrix from CIP's.
 */
export interface MatrixUsed {
  /** true when the organisation keeps its own matrix, even if it equals CIP 2020 */
  own: boolean;
  /** cells (audience × phase × nature) that differ from CIP 2020 */
  differences: number;
  cells: number;
}

export const MATRIX_CELL_COUNT = AUDIENCES.length * PHASES.length * NATURES.length;

export function matrixUsed(own: MatrixCells | null): MatrixUsed {
  if (own === null) return { own: false, differences: 0, cells: MATRIX_CELL_COUNT };
  return { own: true, differences: matrixDiff(own, CIP_2020_MATRIX.cells).length, cells: MATRIX_CELL_COUNT };
}

/** The credit line itself: the method's source and its licence. */
export const CIP_CREDIT: Readonly<Record<Locale, string>> = {
  nl: textsOf('nl', 'document').credits.cip,
  en: textsOf('en', 'document').credits.cip,
};

export function matrixText(used: MatrixUsed, locale: Locale): string {
  if (!used.own) return textsOf(locale, 'document').credits.matrixCip;
  if (used.differences === 0) return textsOf(locale, 'document').credits.matrixOwnSame;
  return translate(locale, 'document:credits.matrixOwnDiffers', {
    differences: used.differences,
    cells: used.cells,
  });
}

/** The colophon lines: credit, matrix, and the tool that made the document. */
export function colophonLines(own: MatrixCells | null, locale: Locale, appVersion: string): string[] {
  return [
    `${CIP_CREDIT[locale]}.`,
    matrixText(matrixUsed(own), locale),
    translate(locale, 'document:credits.madeWith', { version: appVersion }),
  ];
}

/**
 * The exercise mark for headers and footers: loud, short, the same word on every page. An English
 * report keeps the Dutch word too, so a page of it handed round a Dutch crisis room still reads
 * OEFENING.
 */
export const EXERCISE_MARK: Readonly<Record<Locale, string>> = { nl: 'OEFENING', en: 'EXERCISE / OEFENING' };

/** Marks for a page header, most important first, joined as the renderers print them. */
export function pageMarks(marks: readonly string[]): string {
  return marks.filter(Boolean).join(' · ');
}

/** Cuts a text to `max` characters with an ellipsis, at a word boundary where one is near. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
