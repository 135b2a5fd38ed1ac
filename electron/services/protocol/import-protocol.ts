import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import { migrateProtocol } from '../../../shared/protocol/migrations';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import { findProjectRoot } from '../app-version';
import { toFieldIssues } from './protocol-state';

/**
 * Reads a whole protocol file (an export, an older version, the sample) into a valid Protocol, or
 * refuses it with the reason. Nothing is stored here: the caller replaces the document only with a
 * protocol that passed every check, so a bad file can never be half-imported.
 */
export function parseProtocolFile(text: string): Protocol {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw refuse(
      `het is geen geldig JSON-bestand (${error instanceof Error ? error.message : String(error)})`,
      `it is not a valid JSON file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  let migrated: unknown;
  try {
    migrated = migrateProtocol(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refuse(lowerFirst(reason.replace(/\.$/, '')), reason);
  }
  const parsed = protocolSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues);
    const listed = issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(bestand)'}: ${i.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` (en nog ${issues.length - 3})` : '';
    throw refuse(
      `het protocol erin klopt niet — ${listed}${more}`,
      `the protocol in it is not valid — ${listed}${more}`,
      { issues },
    );
  }
  return parsed.data;
}

function refuse(nl: string, en: string, details?: Record<string, unknown>): AppError {
  return new AppError(
    'protocol.importInvalid',
    {
      nl: `Dit bestand is niet ingelezen: ${nl}. Het opgeslagen protocol is niet veranderd.`,
      en: `This file was not imported: ${en}. The stored protocol has not changed.`,
    },
    details,
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The fictitious DUR protocol shipped in resources/sample. */
export async function readSampleProtocol(): Promise<Protocol> {
  const file = path.join(findProjectRoot(), 'resources', 'sample', 'sample-protocol.json');
  return parseProtocolFile(await readFile(file, 'utf8'));
}
