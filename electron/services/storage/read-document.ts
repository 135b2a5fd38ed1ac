import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import { errnoOf, fsCause, type Texts } from './fs-errors';

/** A document that exists but cannot be used where it stands (a folder, no read permission). */
export class DocumentUnreadableError extends AppError {
  constructor(
    code: string,
    texts: Texts,
    readonly reason: string,
    details?: Record<string, unknown>,
  ) {
    super(code, texts, details);
    this.name = 'DocumentUnreadableError';
  }
}

export type DocumentText = { kind: 'missing' } | { kind: 'text'; text: string };

/**
 * Reads a document's bytes without judging them. Absent is absent; a folder where a file should be,
 * or a file we may not read, is refused in words (the file is left exactly where it is).
 */
export async function readDocumentText(file: string, label: Texts): Promise<DocumentText> {
  try {
    return { kind: 'text', text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    const name = path.basename(file);
    if (code === 'EISDIR') {
      throw new DocumentUnreadableError(
        'document.notAFile',
        {
          nl: `${name} (${label.nl}) is geen bestand maar een map. Ketenbord kan het daarom niet lezen en laat het ongemoeid. Geef die map een andere naam of verplaats hem, en open de werkmap opnieuw.`,
          en: `${name} (${label.en}) is a folder, not a file. Ketenbord therefore cannot read it and leaves it alone. Rename or move that folder and open the workspace again.`,
        },
        'een map in plaats van een bestand',
        { file: name },
      );
    }
    const cause = fsCause(error);
    throw new DocumentUnreadableError(
      'document.unreadable',
      {
        nl: `${name} (${label.nl}) kan niet worden gelezen: ${cause.nl}. Het bestand is niet gewijzigd.`,
        en: `${name} (${label.en}) cannot be read: ${cause.en}. The file was not changed.`,
      },
      cause.nl,
      { file: name, errno: code ?? null },
    );
  }
}

/** A UTF-8 byte-order mark, as Notepad writes it: not part of the JSON, so it is skipped. */
const BOM = '\uFEFF';

/** Why a text is not a document: Dutch in `reason` (as logged and stored), both languages in `texts`. */
export type ParsedText = { ok: true; raw: unknown } | { ok: false; reason: string; texts: Texts };

/** JSON.parse that accepts a BOM and treats a document that is only `null` as damage, not absence. */
export function parseDocumentText(text: string): ParsedText {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ok: false,
      reason: `geen geldige JSON (${detail})`,
      texts: { nl: `geen geldige JSON (${detail})`, en: `not valid JSON (${detail})` },
    };
  }
  if (raw === null) {
    const texts = {
      nl: 'het bestand bevat alleen "null", geen gegevens',
      en: 'the file holds only "null", no data',
    };
    return { ok: false, reason: texts.nl, texts };
  }
  return { ok: true, raw };
}
