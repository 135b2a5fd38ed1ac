import { z } from 'zod';
import { createDefaultProtocol } from './defaults';
import { normaliseEmail, normalisePhone } from './phone';
import type { Person } from './schema';
import { PROTOCOL_SCHEMA_VERSION } from './schema';
import { LIMITS } from './text';

/**
 * Numbered migrations for protocol.json. `protocolMigrations[n]` turns a version-n document into a
 * version n+1 document. Each one is pure and knows only its own two formats, so an old file from
 * years ago walks up one step at a time. Validation with protocolSchema happens after the last step.
 */
export type Migration = (doc: unknown) => unknown;

/** The foundation's first format. */
const v1Schema = z.object({
  schemaVersion: z.literal(1),
  organisationName: z.string(),
  contacts: z.array(
    z.object({
      name: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
});

/** v1 had one unnamed phone field and no structure: contacts become people, nothing is dropped. */
function migrateV1ToV2(doc: unknown): unknown {
  const v1 = v1Schema.parse(doc);
  const protocol = createDefaultProtocol(v1.organisationName);
  protocol.people = v1.contacts.map((contact, i): Person => {
    const notes: string[] = [];
    const person: Person = {
      id: `person-${String(i + 1).padStart(3, '0')}`,
      name: (contact.name.trim() || `Contact ${i + 1}`).slice(0, LIMITS.name),
      role: '',
      department: '',
      organisation: '',
      workPhone: '',
      privatePhone: '',
      email: '',
    };
    const phone = contact.phone?.trim() ?? '';
    if (phone !== '') {
      const parsed = normalisePhone(phone);
      // A 06 number is most likely the one to call at night; a fixed line is the office.
      if (parsed.ok && parsed.type === 'mobile') person.mobilePhone = parsed.e164;
      else if (parsed.ok) person.workPhone = parsed.e164;
      else notes.push(`Telefoonnummer uit de vorige versie klopte niet: ${phone}`);
    }
    const email = contact.email?.trim() ?? '';
    if (email !== '') {
      const parsed = normaliseEmail(email);
      if (parsed.ok) person.email = parsed.email;
      else notes.push(`E-mailadres uit de vorige versie klopte niet: ${email}`);
    }
    if (notes.length > 0) person.notes = notes.join('\n').slice(0, 2000);
    return person;
  });
  return protocol;
}

export const protocolMigrations: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
};

function versionOf(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null || !('schemaVersion' in doc)) {
    throw new Error('Dit bestand is geen Ketenbord-protocol: het schemaVersion-veld ontbreekt.');
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`Dit protocol heeft een ongeldig schemaVersion: ${String(version)}.`);
  }
  return version;
}

/** Brings any known older document up to PROTOCOL_SCHEMA_VERSION; the result still needs validating. */
export function migrateProtocol(raw: unknown): unknown {
  let doc = raw;
  let version = versionOf(doc);
  if (version > PROTOCOL_SCHEMA_VERSION) {
    throw new Error(
      `Dit protocol is gemaakt met een nieuwere versie van Ketenbord (schema ${version}); werk de app bij om het te openen.`,
    );
  }
  while (version < PROTOCOL_SCHEMA_VERSION) {
    const step = protocolMigrations[version];
    if (step === undefined) throw new Error(`Er is geen migratie van schemaversie ${version}.`);
    doc = step(doc);
    const next = versionOf(doc);
    if (next !== version + 1) throw new Error(`Migratie ${version} leverde versie ${next} op.`);
    version = next;
  }
  return doc;
}
