import { describe, expect, it } from 'vitest';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { migrateProtocol, protocolMigrations } from '../../../shared/protocol/migrations';
import { PROTOCOL_SCHEMA_VERSION, protocolSchema } from '../../../shared/protocol/schema';

const v1 = {
  schemaVersion: 1,
  organisationName: 'Dienst Oud Formaat',
  contacts: [
    { name: 'Anna de Vries', phone: '06-12345678', email: 'anna@oud.example' },
    { name: 'Bert Kramer', phone: '020 123 4567' },
    { name: 'Carla Zwart', phone: 'bel receptie', email: 'carla@' },
    { name: '  ' },
  ],
};

describe('protocol migrations', () => {
  it('has one numbered step per older version', () => {
    expect(Object.keys(protocolMigrations).map(Number)).toEqual([1]);
  });

  it('migrates v1 into a valid v2 protocol', () => {
    const migrated = protocolSchema.parse(migrateProtocol(structuredClone(v1)));
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.organisation.name).toBe('Dienst Oud Formaat');
    // The v2 defaults come along: a v1 user gets the four stakeholders and six roles too.
    expect(migrated.stakeholders).toHaveLength(4);
    expect(migrated.crisisOrganisation.roles).toHaveLength(6);
    expect(migrated.people.map((p) => p.name)).toEqual([
      'Anna de Vries',
      'Bert Kramer',
      'Carla Zwart',
      'Contact 4',
    ]);
  });

  it('puts a mobile number in mobilePhone and a fixed line in workPhone, both in E.164', () => {
    const [anna, bert] = protocolSchema.parse(migrateProtocol(v1)).people;
    expect(anna).toMatchObject({ mobilePhone: '+31612345678', workPhone: '', email: 'anna@oud.example' });
    expect(bert).toMatchObject({ workPhone: '+31201234567', email: '' });
  });

  it('keeps what does not parse in notes instead of losing it', () => {
    const carla = protocolSchema.parse(migrateProtocol(v1)).people[2]!;
    expect(carla.workPhone).toBe('');
    expect(carla.email).toBe('');
    expect(carla.notes).toContain('bel receptie');
    expect(carla.notes).toContain('carla@');
  });

  it('leaves a current document alone', () => {
    const doc = createDefaultProtocol('X');
    expect(migrateProtocol(doc)).toBe(doc);
  });

  it('refuses documents it cannot place, in Dutch', () => {
    expect(() => migrateProtocol(null)).toThrow(/schemaVersion-veld ontbreekt/);
    expect(() => migrateProtocol({ organisationName: 'x' })).toThrow(/schemaVersion-veld ontbreekt/);
    expect(() => migrateProtocol({ schemaVersion: '2' })).toThrow(/ongeldig schemaVersion/);
    expect(() => migrateProtocol({ schemaVersion: PROTOCOL_SCHEMA_VERSION + 1 })).toThrow(/nieuwere versie/);
    expect(() => migrateProtocol({ schemaVersion: 1, contacts: [] })).toThrow();
  });
});
