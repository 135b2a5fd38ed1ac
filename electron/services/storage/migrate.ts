import { AppError } from '../../../shared/errors/app-error';
import type { DocumentSpec, RawDocument } from './document-spec';

export class NewerSchemaError extends AppError {}

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a parsed document up to the current schema version, one numbered migration at a time.
 * A document from a newer app is refused, never downgraded: writing it back would lose its new fields.
 */
export function migrateDocument<T>(spec: DocumentSpec<T>, raw: unknown, fileName: string): unknown {
  if (!isRecord(raw)) return raw;
  const found = raw.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return raw;
  if (found > spec.currentVersion) {
    throw new NewerSchemaError(
      'document.newerVersion',
      {
        nl: `${fileName} is gemaakt met een nieuwere versie van Ketenbord (formaat ${found}; deze versie kent tot ${spec.currentVersion}). Het bestand is niet gewijzigd. Werk Ketenbord bij om het te openen.`,
        en: `${fileName} was made by a newer version of Ketenbord (format ${found}; this version knows up to ${spec.currentVersion}). The file was not changed. Update Ketenbord to open it.`,
      },
      { found, supported: spec.currentVersion, fileName },
    );
  }
  let doc = raw;
  for (let version = found; version < spec.currentVersion; version++) {
    const step = spec.migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from ${spec.kind} version ${version}`);
    doc = { ...step.migrate(doc), schemaVersion: version + 1 };
  }
  return doc;
}
