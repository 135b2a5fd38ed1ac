import { describe, expect, it } from 'vitest';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { type Person, PROTOCOL_SCHEMA_VERSION, protocolSchema } from '../../../shared/protocol/schema';
import { personUsages, referencedPersonIds, removePerson } from '../../../shared/protocol/usages';
import { loadSample } from './load-sample';

const person = (id: string, name = 'Piet Test'): Person => ({
  id,
  name,
  role: '',
  department: '',
  organisation: '',
  workPhone: '',
  privatePhone: '',
  email: '',
});

describe('createDefaultProtocol', () => {
  it('produces a valid version-2 protocol with the organisation name', () => {
    const p = createDefaultProtocol('  Dienst Test  ');
    expect(protocolSchema.safeParse(p).success).toBe(true);
    expect(p.schemaVersion).toBe(PROTOCOL_SCHEMA_VERSION);
    expect(p.organisation.name).toBe('Dienst Test');
    expect(createDefaultProtocol().organisation.name).toBe('');
  });

  it('starts with the four other stakeholders and their Bijlage I channels', () => {
    const p = createDefaultProtocol();
    expect(p.stakeholders.map((s) => [s.organisation, s.group, s.wellKnown])).toEqual([
      ['Ministerie', 'otherStakeholder', 'ministry'],
      ['Autoriteit Persoonsgegevens', 'otherStakeholder', 'dataProtectionAuthority'],
      ['Politie', 'otherStakeholder', 'police'],
      ['NCSC', 'otherStakeholder', 'ncsc'],
    ]);
    const names = (stakeholderId: string) =>
      (p.channels.grid[stakeholderId] ?? []).map((c) => p.channels.list.find((x) => x.id === c)?.name);
    expect(names('stakeholder-ministry')).toEqual(['Telefoon', 'E-mail', 'Brief']);
    expect(names('stakeholder-ap')).toEqual(['Telefoon', 'E-mail', 'Brief']);
    expect(names('stakeholder-police')).toEqual(['Telefoon', 'E-mail']);
    expect(names('stakeholder-ncsc')).toEqual(['Telefoon', 'E-mail']);
    expect(p.channels.list.map((c) => c.name)).toEqual([
      'Telefoon',
      'E-mail',
      'Brief',
      'Nieuwsbrief',
      'Social media',
    ]);
  });

  it('has the six crisis roles, the five media and nothing else filled in', () => {
    const p = createDefaultProtocol();
    expect(p.crisisOrganisation.roles.map((r) => r.name)).toEqual([
      'Teamleiding',
      'RvB-lid',
      'Business',
      'Communicatie',
      'ICT',
      'IB&P',
    ]);
    expect(p.mediaMonitoring.map((m) => m.medium)).toEqual([
      'Pers',
      'Social media',
      'Nieuwssites',
      'Radio/TV',
      'Interne websites',
    ]);
    expect(p.people).toEqual([]);
    expect(p.systems).toEqual([]);
    expect(p.escalationConditions).toEqual([]);
    expect(p.operations).toEqual({ nis2Applies: false, matrix: null, messageTemplates: [] });
  });

  it('gives independent copies', () => {
    const a = createDefaultProtocol();
    a.crisisOrganisation.roles[0]!.name = 'Changed';
    a.channels.grid['stakeholder-ap']!.push('channel-newsletter');
    const b = createDefaultProtocol();
    expect(b.crisisOrganisation.roles[0]!.name).toBe('Teamleiding');
    expect(b.channels.grid['stakeholder-ap']).toHaveLength(3);
  });
});

describe('protocolSchema', () => {
  it('accepts the sample protocol', () => {
    expect(() => loadSample()).not.toThrow();
  });

  it('trims text and refuses over-long text with a Dutch message', () => {
    const p = createDefaultProtocol();
    p.people.push({ ...person('person-a'), name: '  Anna  ' });
    expect(protocolSchema.parse(p).people[0]!.name).toBe('Anna');
    p.people[0]!.name = 'x'.repeat(121);
    const result = protocolSchema.safeParse(p);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Dit veld mag hoogstens 120 tekens bevatten.');
    p.people[0]!.name = '   ';
    expect(protocolSchema.safeParse(p).error?.issues[0]?.message).toBe('Dit veld is verplicht.');
  });

  it('refuses a wrong phone number or e-mail address with a Dutch message at the field', () => {
    const p = createDefaultProtocol();
    p.people.push({ ...person('person-a'), privatePhone: '06-123', email: 'geen-adres' });
    const issues = protocolSchema.safeParse(p).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['people.0.privatePhone', 'people.0.email']);
    expect(issues[0]?.message).toMatch(/^Dit telefoonnummer klopt niet/);
    expect(issues[1]?.message).toMatch(/^Dit e-mailadres klopt niet/);
  });

  it('accepts any valid spelling of a phone number', () => {
    const p = createDefaultProtocol();
    p.people.push({ ...person('person-a'), workPhone: '020 123 4567', mobilePhone: '06-12345678' });
    expect(protocolSchema.safeParse(p).success).toBe(true);
  });

  it('refuses references to people, systems, stakeholders or channels that do not exist', () => {
    const p = createDefaultProtocol();
    p.crisisOrganisation.roles[0]!.responsibleId = 'person-ghost';
    p.crisisOrganisation.endResponsibles.ciso = 'person-ghost';
    p.systems.push({
      id: 'system-a',
      name: 'A',
      description: '',
      responsibleId: null,
      deputyId: null,
      dependencies: [
        { id: 'dep-1', on: { kind: 'system', systemId: 'system-zzz' }, impact: '', notifyWithin: null },
      ],
    });
    p.channels.grid['stakeholder-ghost'] = ['channel-phone'];
    p.channels.grid['stakeholder-ap'] = ['channel-pigeon'];
    const paths = (protocolSchema.safeParse(p).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'crisisOrganisation.roles.0.responsibleId',
        'crisisOrganisation.endResponsibles.ciso',
        'systems.0.dependencies.0.on.systemId',
        'channels.grid.stakeholder-ghost',
        'channels.grid.stakeholder-ap.0',
      ]),
    );
  });

  it('refuses duplicate ids', () => {
    const p = createDefaultProtocol();
    p.people.push(person('person-a'), person('person-a', 'Tweede'));
    const issues = protocolSchema.safeParse(p).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['people.1.id']);
  });

  it('asks an outsourcing partner, and only that, for the kind of service', () => {
    const p = createDefaultProtocol();
    p.stakeholders.push({
      ...p.stakeholders[0]!,
      id: 'stakeholder-x',
      group: 'outsourcingPartner',
      wellKnown: null,
    });
    expect(protocolSchema.safeParse(p).error?.issues[0]?.message).toBe(
      'Kies wat deze uitbestedingspartner levert.',
    );
    p.stakeholders[4]!.outsourcingKind = 'hosting';
    expect(protocolSchema.safeParse(p).success).toBe(true);
    p.stakeholders[0]!.outsourcingKind = 'cloud';
    expect(protocolSchema.safeParse(p).success).toBe(false);
  });

  it('refuses another schema version', () => {
    expect(protocolSchema.safeParse({ ...createDefaultProtocol(), schemaVersion: 1 }).success).toBe(false);
  });
});

describe('people are referenced, not copied', () => {
  it('lists where each person acts', () => {
    const p = loadSample();
    const hans = personUsages(p).filter((u) => u.personId === 'person-hans-bakker');
    expect(hans.map((u) => [u.context.kind, u.capacity])).toEqual([
      ['crisisRole', 'deputy'],
      ['crisisRole', 'deputy'],
    ]);
    expect(referencedPersonIds(p)).toHaveLength(new Set(referencedPersonIds(p)).size);
  });

  it('removePerson clears every reference and keeps the protocol valid', () => {
    const p = loadSample();
    const next = removePerson(p, 'person-dennis-hendriks');
    expect(protocolSchema.safeParse(next).success).toBe(true);
    expect(next.crisisOrganisation.endResponsibles.ciso).toBeNull();
    expect(next.escalationConditions[1]!.ownerId).toBeNull();
    expect(p.crisisOrganisation.endResponsibles.ciso).toBe('person-dennis-hendriks');
  });
});
