import { decodeCharset } from './import/decode-bytes';

/**
 * A small vCard 2.1/3.0/4.0 reader: enough for the cards that Outlook, Apple Contacts and Google
 * export (FN, N, TEL with types, EMAIL, ORG, TITLE, ROLE, NOTE). It unfolds lines (RFC folding and
 * the 2.1 quoted-printable soft break), decodes `ENCODING=QUOTED-PRINTABLE` in the `CHARSET` the
 * card names, reads parameters in both the `TYPE=work,cell` and the 2.1 `;WORK;CELL` spelling, and
 * unescapes values. Our own rather than a package: the maintained vCard readers we looked at read
 * 3.0/4.0 only (vcard4-ts) or do not document 2.1 quoted-printable with CHARSET (vcf), which is
 * exactly what Outlook writes.
 */
export interface VCardProperty {
  name: string;
  /** Lower-cased TYPE values, e.g. ['work', 'voice']. */
  types: string[];
  /** The value, quoted-printable already decoded. */
  value: string;
}

export interface VCard {
  /** 1-based line of its BEGIN:VCARD, for problem reports. */
  line: number;
  properties: VCardProperty[];
  /** no END:VCARD before the next card or the end of the file */
  unterminated?: boolean;
}

const isQuotedPrintable = (line: string) =>
  /^[^:]*ENCODING=QUOTED-PRINTABLE/i.test(line) || /^[^:]*;QUOTED-PRINTABLE[;:]/i.test(line);

/**
 * Physical lines joined where the next one starts with a space or tab (RFC 6350 §3.2), or where a
 * quoted-printable value ends in '=' (the soft line break of vCard 2.1, whose next line is not
 * indented).
 */
function unfold(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const last = out[out.length - 1];
    if (last && isQuotedPrintable(last.text) && last.text.endsWith('=')) {
      last.text = last.text.slice(0, -1) + raw.replace(/^[ \t]+/, '');
    } else if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else out.push({ text: raw, line: i + 1 });
  });
  return out;
}

/** '=C3=BC' → the bytes they stand for, read in the card's charset. */
function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const hex = value.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...encoder.encode(ch));
    }
  }
  return decodeCharset(Uint8Array.from(bytes), charset);
}

/** Splits on a separator that is not escaped with a backslash nor inside double quotes. */
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      current += ch + s[i + 1];
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === sep && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

export function unescapeVCard(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseProperty(line: string): VCardProperty | null {
  const colon = splitUnescaped(line, ':');
  if (colon.length < 2) return null;
  const [head, ...rest] = colon;
  const [rawName, ...params] = splitUnescaped(head!, ';');
  // "item1.TEL" (Apple) carries a group prefix that means nothing here.
  const name = rawName!.split('.').pop()!.toUpperCase();
  const types: string[] = [];
  let quotedPrintable = false;
  let charset: string | undefined;
  for (const param of params) {
    const eq = param.indexOf('=');
    const key = eq < 0 ? '' : param.slice(0, eq).toUpperCase();
    const bare = param.toUpperCase();
    if (bare === 'QUOTED-PRINTABLE' || (key === 'ENCODING' && /QUOTED-PRINTABLE/i.test(param)))
      quotedPrintable = true;
    else if (key === 'CHARSET') charset = param.slice(eq + 1).replace(/"/g, '');
    else if (eq < 0) types.push(param.toLowerCase());
    else if (key === 'TYPE') {
      for (const t of param
        .slice(eq + 1)
        .replace(/"/g, '')
        .split(','))
        types.push(t.toLowerCase());
    }
  }
  const value = rest.join(':');
  return { name, types, value: quotedPrintable ? decodeQuotedPrintable(value, charset) : value };
}

/** A card cut off before its END:VCARD (a truncated file) is still read, and marked so. */
export function parseVCards(text: string): VCard[] {
  const cards: VCard[] = [];
  let current: VCard | null = null;
  for (const { text: line, line: lineNo } of unfold(text)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const upper = trimmed.toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) cards.push({ ...current, unterminated: true });
      current = { line: lineNo, properties: [] };
    } else if (upper === 'END:VCARD') {
      if (current) cards.push(current);
      current = null;
    } else if (current) {
      const property = parseProperty(trimmed);
      if (property) current.properties.push(property);
    }
  }
  if (current) cards.push({ ...current, unterminated: true });
  return cards;
}
