/**
 * Cells a spreadsheet must open as plain text, without a visible mark.
 *
 * Two dangers meet in a CSV: outside text starting with = + - @ (or a tab or return) that Excel
 * or LibreOffice would run as a formula (CSV injection), and values Excel silently turns into
 * numbers or dates: "+31 6 1234 5678" becomes a formula error, "0612345678" loses its zero.
 *
 * The usual guard, a leading apostrophe (papaparse's `escapeFormulae`), is only hidden when typed
 * into a cell; in an imported CSV it stays visible ("'+31 6…"). Instead such a cell is written as
 * the formula ="…": a string constant, shown exactly as its text in Excel (Dutch and English alike:
 * no function name, no argument separator), and unable to run anything because every " inside it
 * is doubled. Excel limits one string constant to 255 characters, so longer text is joined from
 * pieces with &, up to a formula of 8,192 characters; the rare longer cell keeps the apostrophe.
 */
const DANGEROUS_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** what Excel would take for a number and change: a leading zero, or more digits than it keeps (15) */
const NUMBER_LOOKALIKE = /^(0\d+|\d{16,})$/;
const PIECE = 255;
const MAX_FORMULA = 8_192;

export function needsExcelText(value: string): boolean {
  return DANGEROUS_START.test(value) || NUMBER_LOOKALIKE.test(value);
}

export function excelTextCell(value: string): string {
  if (!needsExcelText(value)) return value;
  const pieces: string[] = [];
  let rest = value;
  while (rest.length > 0) {
    let cut = Math.min(PIECE, rest.length);
    // never split a surrogate pair (an emoji) between two pieces
    if (cut < rest.length && /[\uD800-\uDBFF]/.test(rest[cut - 1]!)) cut -= 1;
    pieces.push(`"${rest.slice(0, cut).replace(/"/g, '""')}"`);
    rest = rest.slice(cut);
  }
  const formula = `=${pieces.join('&')}`;
  return formula.length <= MAX_FORMULA ? formula : `'${value}`;
}

const WRAPPED = /^=("(?:[^"]|"")*")(&"(?:[^"]|"")*")*$/s;
const PIECES = /"((?:[^"]|"")*)"/gs;
const LEGACY_APOSTROPHE = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The text of a cell written by excelTextCell (or by the older apostrophe guard); other cells unchanged. */
export function readExcelTextCell(cell: string): string {
  if (WRAPPED.test(cell)) {
    return [...cell.matchAll(PIECES)].map((m) => m[1]!.replace(/""/g, '"')).join('');
  }
  return cell.replace(LEGACY_APOSTROPHE, '');
}

/** A row for Papa.unparse: strings made safe, numbers left as numbers. */
export function excelTextRow(row: ReadonlyArray<string | number>): Array<string | number> {
  return row.map((c) => (typeof c === 'string' ? excelTextCell(c) : c));
}
