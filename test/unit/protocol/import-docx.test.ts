import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/services/protocol/import/read-docx';
import { AppError } from '../../../shared/errors/app-error';
import { buildProtocolFromDocx } from '../../../shared/protocol/import/docx-build';
import { mergeProtocol } from '../../../shared/protocol/import/protocol-merge';
import { checkReadiness } from '../../../shared/protocol/readiness';
import { protocolSchema } from '../../../shared/protocol/schema';
import { loadSample } from './load-sample';

const FIXTURE = path.resolve('test/fixtures/import/protocol-rkr.docx');
const TODAY = new Date('2026-11-29T10:00:00Z');
const readFixture = async () => readDocx(new Uint8Array(await readFile(FIXTURE)));

/** gap ids without their random item ids, e.g. 'systems:Kaartviewer:deputy' */
function gapNames(protocol: ReturnType<typeof buildProtocolFromDocx>['protocol']) {
  const names = new Map<string, string>([
    ...protocol.systems.map((s) => [s.id, s.name] as const),
    ...protocol.stakeholders.map((s) => [s.id, s.organisation] as const),
    ...protocol.mediaMonitoring.map((m) => [m.id, m.medium] as const),
    ...protocol.people.map((p) => [p.id, p.name] as const),
  ]);
  return checkReadiness(protocol, TODAY).gaps.map((g) =>
    g.id
      .split(':')
      .map((part) => names.get(part) ?? part)
      .join(':'),
  );
}

describe('reading the fictitious Bijlage I protocol from Word', () => {
  it('finds the eleven tables and the headings above them', async () => {
    const doc = await readFixture();
    expect(doc.tables).toHaveLength(11);
    expect(doc.tables[0]!.rows[0]![0]).toBe('Informatiesysteem');
    expect(doc.tables[0]!.rows[1]![3]).toBe('w: 030 234 5601\np: 06 1234 5601');
    expect(doc.tables[9]!.heading).toBe('4. Wie volgt wat er over ons verschijnt');
    expect(doc.paragraphs).toContain('Organisatie: Rijksdienst voor Kavelregistratie');
  });

  it('recognises every table but one, and says which one with its heading', async () => {
    const result = buildProtocolFromDocx(await readFixture());
    expect(result.tables.map((t) => t.kind)).toEqual([
      'systems',
      'dependencies',
      'chainPartners',
      'outsourcingPartners',
      'otherStakeholders',
      'crisisTeam',
      'partnersInCrisisTeam',
      'endResponsibles',
      'channels',
      null,
      'escalation',
    ]);
    expect(result.notUnderstood).toContainEqual(
      expect.objectContaining({ table: 9, row: null, text: '4. Wie volgt wat er over ons verschijnt' }),
    );
  });

  it('with the media table mapped, the readiness check shows only the gaps the document has', async () => {
    const result = buildProtocolFromDocx(await readFixture(), { '9': 'media' });
    expect(protocolSchema.safeParse(result.protocol).success).toBe(true);
    expect(gapNames(result.protocol).sort()).toEqual(
      [
        'systems:Kaartviewer:deputy',
        'stakeholders:NCSC:deputy',
        'channels:Gemeente Oosterwold',
        'endResponsibles:soc',
        'media:Interne websites:deputy',
        'people:Ilse de Groot:privatePhone',
        'people:Ilse de Groot:importFlag',
      ].sort(),
    );
  });

  it('keeps every person once, with normalised numbers, and reports the broken cells', async () => {
    const result = buildProtocolFromDocx(await readFixture(), { '9': 'media' });
    const { people } = result.protocol;
    expect(people.map((p) => p.name)).toHaveLength(new Set(people.map((p) => p.name)).size);
    expect(people).toHaveLength(19);
    const sanne = people.find((p) => p.name === 'Sanne Bakker')!;
    expect(sanne).toMatchObject({
      workPhone: '+31302345601',
      privatePhone: '+31612345601',
      role: 'teamleider registratie',
      department: 'Registratie',
    });
    const ids = (id: string | null) => people.find((p) => p.id === id)?.name;
    const system = result.protocol.systems.find((s) => s.name === 'Kavelregister')!;
    expect([ids(system.responsibleId), ids(system.deputyId)]).toEqual(['Sanne Bakker', 'Joris Visser']);
    expect(ids(result.protocol.crisisOrganisation.endResponsibles.crisisManagement)).toBe('Sanne Bakker');
    const ilse = people.find((p) => p.name === 'Ilse de Groot')!;
    expect(ilse.email).toBe('');
    expect(ilse.notes).toContain('ilse.degroot@rkr');
    expect(result.notUnderstood).toContainEqual(
      expect.objectContaining({ table: 0, row: 3, column: 4, text: 'ilse.degroot@rkr' }),
    );
    expect(result.notUnderstood).toContainEqual(
      expect.objectContaining({ table: 2, row: 0, column: 8, text: 'Opmerking' }),
    );
    const group = (g: string) => result.protocol.stakeholders.filter((s) => s.group === g);
    const groups = { chainPartner: group('chainPartner'), outsourcingPartner: group('outsourcingPartner') };
    expect(groups.chainPartner?.map((s) => s.organisation)).toEqual([
      'Landmeetdienst Noord',
      'Gemeente Oosterwold',
    ]);
    expect(groups.outsourcingPartner?.map((s) => [s.organisation, s.outsourcingKind])).toEqual([
      ['Hostingpartner Nimbus', 'hosting'],
      ['BelNet Telefonie', 'telephony'],
    ]);
    expect(groups.chainPartner?.[0]?.inCrisisTeam).toBe(true);
    expect(result.protocol.exercise).toMatchObject({
      lastExercise: '2026-10-14',
      nextExercise: '2027-10-13',
      nextExerciseTime: '09:30',
    });
    const portal = result.protocol.systems.find((s) => s.name === 'Betaalportaal')!;
    expect(portal.dependencies).toEqual([
      expect.objectContaining({
        on: { kind: 'system', systemId: system.id },
        notifyWithin: { amount: 4, unit: 'hours' },
      }),
    ]);
  });

  it('merges into an existing protocol: people matched by name keep their id and old numbers', async () => {
    const current = await loadSample();
    const imported = buildProtocolFromDocx(await readFixture(), { '9': 'media' }).protocol;
    const someone = current.people[0]!;
    imported.people.push({
      ...imported.people[0]!,
      id: 'person-same-name',
      name: someone.name,
      workPhone: '+31302345699',
    });
    const merged = mergeProtocol(current, imported);
    expect(protocolSchema.safeParse(merged).success).toBe(true);
    const kept = merged.people.find((p) => p.id === someone.id)!;
    expect(kept.workPhone).toBe('+31302345699');
    if (someone.workPhone && someone.workPhone !== '+31302345699')
      expect(kept.notes).toContain(someone.workPhone);
    expect(merged.people).toHaveLength(current.people.length + 19);
    expect(merged.operations).toEqual(current.operations);
    expect(merged.systems.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kavelregister', ...current.systems.map((s) => s.name)]),
    );
  });

  it('refuses a file that is not a Word document with a plain message', () => {
    expect(() => readDocx(new TextEncoder().encode('Naam;Telefoon\nAnna;0612345678'))).toThrowError(AppError);
    try {
      readDocx(new TextEncoder().encode('geen zip'));
    } catch (error) {
      expect((error as AppError).nl).toMatch(/geen Word-document/);
    }
  });
});

describe('tables reworded and reordered', () => {
  it('still finds systems, partners and channels, whatever comes first', () => {
    const doc = {
      paragraphs: ['Naam organisatie: Waterschap De Dijk'],
      tables: [
        {
          index: 0,
          heading: 'Hoe bereiken we wie',
          rows: [
            ['Partij', 'Telefoon', 'Mail', 'Brief', 'Nieuwsbrief', 'Social media'],
            ['Gemaalbeheer BV', 'ja', 'ja', '', '', ''],
          ],
        },
        {
          index: 1,
          heading: 'Leveranciers aan wie wij werk hebben uitbesteed',
          rows: [
            ['Leverancier', 'Verantwoordelijke', 'Telefoon', 'Mail', 'Plaatsvervanger', 'Telefoon', 'Mail'],
            [
              'Gemaalbeheer BV',
              'Kim Oost',
              'm: 06 1234 5678',
              'kim@gemaal.example',
              'Piet West',
              '020 123 4567, 06 8765 4321',
              '',
            ],
          ],
        },
        {
          index: 2,
          heading: 'Onze applicaties',
          rows: [
            ['Applicatie', 'Verantwoordelijke', 'Telefoon', 'Mail', 'Plaatsvervanger', 'Telefoon', 'Mail'],
            ['Peilbeheer', 'Piet West', '', '', 'Kim Oost', '', ''],
          ],
        },
      ],
    };
    const result = buildProtocolFromDocx(doc);
    expect(result.tables.map((t) => t.kind)).toEqual(['channels', 'outsourcingPartners', 'systems']);
    const p = result.protocol;
    expect(p.organisation.name).toBe('Waterschap De Dijk');
    const byName = [...p.people].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName.map((x) => [x.name, x.mobilePhone ?? '', x.workPhone, x.privatePhone])).toEqual([
      ['Kim Oost', '+31612345678', '', ''],
      ['Piet West', '', '+31201234567', '+31687654321'],
    ]);
    const partner = p.stakeholders.find((s) => s.organisation === 'Gemaalbeheer BV')!;
    expect(p.channels.grid[partner.id]).toEqual(['channel-phone', 'channel-email']);
    expect(p.systems[0]).toMatchObject({
      name: 'Peilbeheer',
      responsibleId: byName[1]!.id,
      deputyId: byName[0]!.id,
    });
    expect(protocolSchema.safeParse(p).success).toBe(true);
  });
});
