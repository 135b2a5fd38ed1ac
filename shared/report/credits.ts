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
  nl: 'Gebaseerd op de handreiking Ketencommunicatie bij Crises (CIP, v1.1, 2020), CC BY-SA 4.0',
  en: 'Based on the guide Ketencommunicatie bij Crises (CIP, v1.1, 2020), CC BY-SA 4.0',
};

export function matrixText(used: MatrixUsed, locale: Locale): string {
  if (!used.own) {
    return locale === 'nl'
      ? 'Matrix: CIP 2020, zoals gepubliceerd in de handreiking.'
      : 'Matrix: CIP 2020, as published in the guide.';
  }
  if (used.differences === 0) {
    return locale === 'nl'
      ? 'Matrix: de eigen matrix van de organisatie; die is gelijk aan CIP 2020.'
      : "Matrix: the organisation's own matrix; it equals CIP 2020.";
  }
  return locale === 'nl'
    ? `Matrix: de eigen matrix van de organisatie; ${used.differences} van de ${used.cells} cellen wijken af van CIP 2020.`
    : `Matrix: the organisation's own matrix; ${used.differences} of its ${used.cells} cells differ from CIP 2020.`;
}

/** The colophon lines: credit, matrix, and the tool that made the document. */
export function colophonLines(own: MatrixCells | null, locale: Locale, appVersion: string): string[] {
  return [
    `${CIP_CREDIT[locale]}.`,
    matrixText(matrixUsed(own), locale),
    locale === 'nl'
      ? `Gemaakt met Ketenbord ${appVersion}; de teksten zijn in eigen woorden, de feiten komen uit de handreiking.`
      : `Made with Ketenbord ${appVersion}; the texts are in our own words, the facts come from the guide.`,
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
