import { normaliseEmail, normalisePhone } from '../phone';

/**
 * Reading the text of one cell of a Word protocol: a name with a role, a handful of phone numbers
 * with or without labels, an e-mail address, a date. Pure and forgiving: whatever cannot be read
 * is returned as a "rest" for the not-understood list, never thrown away.
 */
export function keyOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An empty cell, or one of the fillers people put in one ("-", "n.v.t.", "<invullen>"). */
export function isBlank(text: string): boolean {
  const k = keyOf(text);
  return (
    k === '' ||
    /^(-+|–|—|n\.?v\.?t\.?|nvt|n\.?t\.?b\.?|nog te bepalen|vacature|volgt|geen|onbekend|\.\.\.|…|<.*>|\?+)$/.test(
      k,
    )
  );
}

/** "Anna de Vries (teamleider ICT)" or "Anna de Vries, teamleider ICT" → name and role. */
export function splitNameAndRole(cell: string): { name: string; role: string } {
  const text = cell.replace(/\s+/g, ' ').trim();
  const paren = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
  if (paren) return { name: paren[1]!.trim(), role: paren[2]!.trim() };
  const sep = /^(.+?)\s*(?:,|\s[–—-]\s)\s*(.+)$/.exec(text);
  if (sep) return { name: sep[1]!.trim(), role: sep[2]!.trim() };
  return { name: text, role: '' };
}

export type PhoneLabel = 'work' | 'private' | 'mobile' | null;

export interface ReadPhones {
  numbers: { e164: string; display: string; label: PhoneLabel; mobile: boolean }[];
  /** candidates that looked like a number but are not valid ones */
  invalid: string[];
  /** text left over that is not a number nor a label */
  rest: string;
}

const LABEL_WORDS: [RegExp, Exclude<PhoneLabel, null>][] = [
  [/\b(m|mob|mobiel|gsm|mobile|cell)\b/i, 'mobile'],
  [/\b(p|pr|priv[eé]|thuis|home|private)\b/i, 'private'],
  [/\b(w|wk|werk|kantoor|work|office|zakelijk)\b/i, 'work'],
];

function labelIn(text: string): PhoneLabel {
  for (const [re, label] of LABEL_WORDS) if (re.test(text)) return label;
  return null;
}

/** All phone numbers in a cell, each with the label written just before or after it. */
export function readPhones(cell: string): ReadPhones {
  const numbers: ReadPhones['numbers'] = [];
  const invalid: string[] = [];
  const candidates = [...cell.matchAll(/\+?\(?\d[\d\s\-().]{5,}\d/g)];
  let rest = cell;
  candidates.forEach((m, i) => {
    const raw = m[0].trim();
    const start = m.index ?? 0;
    const prevEnd = i > 0 ? (candidates[i - 1]!.index ?? 0) + candidates[i - 1]![0].length : 0;
    const nextStart = i + 1 < candidates.length ? (candidates[i + 1]!.index ?? cell.length) : cell.length;
    const before = cell.slice(prevEnd, start);
    const after = cell.slice(start + m[0].length, nextStart);
    // "w: 030 …" labels the number after it; "030 … (w)" the one before
    const label =
      labelIn(before.split(/[\n;/,]/).pop() ?? '') ?? labelIn(/^\s*\(([^)]*)\)/.exec(after)?.[1] ?? '');
    rest = rest.replace(m[0], ' ');
    const parsed = normalisePhone(raw);
    if (parsed.ok)
      numbers.push({ e164: parsed.e164, display: parsed.display, label, mobile: parsed.type === 'mobile' });
    else invalid.push(raw);
  });
  rest = rest
    .replace(
      /\b(m|mob|mobiel|gsm|mobile|cell|p|pr|priv[eé]|thuis|home|private|w|wk|werk|kantoor|work|office|zakelijk|tel|telefoon)\b\.?/gi,
      ' ',
    )
    .replace(/[():;,/\n\-–|]+/g, ' ')
    .trim();
  return { numbers, invalid, rest };
}

export type ReadEmail = { ok: true; email: string } | { ok: false; text: string } | null;

export function readEmail(cell: string): ReadEmail {
  const text = cell.replace(/^mailto:/i, '').trim();
  if (isBlank(text)) return null;
  const result = normaliseEmail(text);
  return result.ok ? { ok: true, email: result.email } : { ok: false, text };
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "12-03-2026", "12 maart 2026", "2026-03-12" → "2026-03-12"; null when it is not a real date. */
export function readDate(text: string): string | null {
  const t = keyOf(text);
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  const dutch = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(t);
  const words = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`).exec(t);
  let ymd: [number, number, number];
  if (iso) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) ymd = [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])];
  else if (words) ymd = [Number(words[3]), MONTHS.indexOf(words[2]!) + 1, Number(words[1])];
  else return null;
  const [y, m, d] = ymd;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "09:30" or "9.30 uur" after a date, for the exercise start time. */
export function readTime(text: string): string | null {
  const match = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\d)/.exec(
    text.replace(/\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2}/g, ''),
  );
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** "4 uur", "30 minuten", "2 dagen" → a notifyWithin; null when it says no such thing. */
export function readDuration(text: string): { amount: number; unit: 'minutes' | 'hours' | 'days' } | null {
  const match = /(\d{1,5})\s*(min|minuut|minuten|minutes|u|uur|uren|hour|hours|dag|dagen|day|days)\b/.exec(
    keyOf(text),
  );
  if (!match) return null;
  const amount = Number(match[1]);
  if (amount < 1) return null;
  const unit = match[2]!.startsWith('m') ? 'minutes' : match[2]!.startsWith('d') ? 'days' : 'hours';
  return { amount, unit };
}
