import { newId } from '../ids';
import type { CrisisRole, EndResponsibility, MediaMonitor, Protocol, Stakeholder } from '../schema';
import { LIMITS } from '../text';
import { isBlank, keyOf, readDate, readDuration } from './docx-cells';
import type { DocxTable, DocxTableKind } from './docx-model';
import { clipText, type NotUnderstood, type PeopleRegistry } from './docx-people';
import { extraText, outsourcingKindOf, personCells, personColumns, wellKnownOf } from './docx-tables';

/**
 * One reader per kind of Bijlage I table: each turns the rows into the protocol's items (systems,
 * stakeholders, roles, media, conditions, dependencies, the channel grid), naming people through
 * the shared registry and reporting what it cannot place.
 */
const ROLE_WORDS: [string[], NonNullable<CrisisRole['preset']>][] = [
  [['teamleid', 'voorzitter', 'crisismanager'], 'teamLead'],
  [['rvb', 'raad van bestuur', 'bestuur', 'directie'], 'boardMember'],
  [['communicatie', 'woordvoer'], 'communication'],
  [['ib&p', 'ibp', 'informatiebeveiliging', 'privacy', 'security'], 'securityPrivacy'],
  [['ict', 'it-beheer'], 'ict'],
  [['business', 'bedrijfsvoering', 'primair proces', 'uitvoering'], 'business'],
];

const MEDIA_WORDS: [string[], NonNullable<MediaMonitor['preset']>][] = [
  [['social'], 'socialMedia'],
  [['nieuwssite', 'nieuws site', 'online nieuws'], 'newsSites'],
  [['radio', 'tv', 'televisie'], 'radioTv'],
  [['intern', 'intranet'], 'internalWebsites'],
  [['pers', 'krant', 'press'], 'press'],
];

const END_WORDS: [string[], EndResponsibility][] = [
  [['interne communicatie', 'internal comm'], 'internalCommunication'],
  [['externe communicatie', 'external comm', 'woordvoer'], 'externalCommunication'],
  [['ciso', 'informatiebeveiliging'], 'ciso'],
  [['cio', 'ict'], 'cio'],
  [['soc', 'security operations'], 'soc'],
  [['crisismanagement', 'crisisbeheersing', 'crisis'], 'crisisManagement'],
];

const CHANNEL_KIND_WORDS: [string[], string][] = [
  [['nieuwsbrief', 'newsletter'], 'channel-newsletter'],
  [['social'], 'channel-social-media'],
  [['telefoon', 'phone', 'bellen'], 'channel-phone'],
  [['mail'], 'channel-email'],
  [['brief', 'letter', 'post'], 'channel-letter'],
];

const pick = <T>(text: string, table: [string[], T][]): T | null => {
  const k = keyOf(text);
  for (const [words, value] of table)
    if (words.some((w) => (w.length <= 3 ? new RegExp(`\\b${w}\\b`).test(k) : k.includes(w)))) return value;
  return null;
};

type Report = (item: NotUnderstood) => void;

export function tableReaders(
  protocol: Protocol,
  registry: PeopleRegistry,
  report: Report,
): Record<DocxTableKind, (t: DocxTable) => void> {
  /** Every body row with its person pair, the header's unknown columns reported once. */
  const eachRow = (
    t: DocxTable,
    fn: (
      row: string[],
      rowIndex: number,
      pair: { responsibleId: string | null; deputyId: string | null },
      columns: ReturnType<typeof personColumns>,
    ) => void,
  ) => {
    const columns = personColumns(t.rows[0] ?? []);
    columns.forEach((c, column) => {
      if (c.role === 'unknown' && !isBlank(t.rows[0]?.[column] ?? '')) {
        report({
          table: t.index,
          row: 0,
          column,
          text: t.rows[0]?.[column] ?? '',
          reason: {
            nl: 'Deze kolom is niet herkend en is niet overgenomen.',
            en: 'This column was not recognised and was not imported.',
          },
        });
      }
    });
    t.rows.slice(1).forEach((row, i) => {
      const rowIndex = i + 1;
      if (row.every((c) => isBlank(c))) return;
      if (isBlank(row[0] ?? '')) {
        report({
          table: t.index,
          row: rowIndex,
          column: 0,
          text: row.filter((c) => !isBlank(c)).join(' · '),
          reason: {
            nl: 'Deze rij heeft geen naam in de eerste kolom en is overgeslagen.',
            en: 'This row has no name in its first column and was skipped.',
          },
        });
        return;
      }
      const responsibleId = registry.upsert(personCells(row, columns, 'responsible', t.index, rowIndex));
      const deputyId = registry.upsert(personCells(row, columns, 'deputy', t.index, rowIndex));
      fn(row, rowIndex, { responsibleId, deputyId }, columns);
    });
  };

  const stakeholderRows = (group: Stakeholder['group']) => (t: DocxTable) =>
    eachRow(t, (row, _i, pair, columns) => {
      const organisation = clipText(row[0] ?? '', LIMITS.shortText);
      const wellKnown = group === 'otherStakeholder' ? wellKnownOf(organisation) : null;
      const existing = protocol.stakeholders.find(
        (s) => (wellKnown && s.wellKnown === wellKnown) || keyOf(s.organisation) === keyOf(organisation),
      );
      const fields = {
        responsibleId: pair.responsibleId,
        deputyId: pair.deputyId,
        agreements: clipText(extraText(row, columns, 'agreements'), LIMITS.longText),
        timeliness: clipText(extraText(row, columns, 'timeliness'), LIMITS.longText),
        impactOfOutage: clipText(extraText(row, columns, 'impact'), LIMITS.longText),
      };
      if (existing) {
        Object.assign(existing, {
          ...fields,
          organisation: existing.wellKnown ? existing.organisation : organisation,
        });
        if (wellKnown && keyOf(organisation) !== keyOf(existing.organisation) && organisation.length > 3)
          existing.organisation = organisation;
        return;
      }
      protocol.stakeholders.push({
        id: newId('stakeholder'),
        group,
        organisation,
        outsourcingKind:
          group === 'outsourcingPartner'
            ? outsourcingKindOf(`${organisation} ${extraText(row, columns, 'service')}`)
            : null,
        wellKnown,
        ...fields,
        inCrisisTeam: false,
      });
    });

  return {
    systems: (t) =>
      eachRow(t, (row, _i, pair, columns) => {
        protocol.systems.push({
          id: newId('system'),
          name: clipText(row[0] ?? '', LIMITS.shortText),
          description: clipText(extraText(row, columns, 'description'), LIMITS.longText),
          responsibleId: pair.responsibleId,
          deputyId: pair.deputyId,
          dependencies: [],
        });
      }),
    chainPartners: stakeholderRows('chainPartner'),
    outsourcingPartners: stakeholderRows('outsourcingPartner'),
    otherStakeholders: stakeholderRows('otherStakeholder'),
    crisisTeam: (t) =>
      eachRow(t, (row, _i, pair) => {
        const name = clipText(row[0] ?? '', LIMITS.shortText);
        const preset = pick(name, ROLE_WORDS);
        const existing = protocol.crisisOrganisation.roles.find(
          (r) => (preset && r.preset === preset) || keyOf(r.name) === keyOf(name),
        );
        if (existing) Object.assign(existing, pair);
        else protocol.crisisOrganisation.roles.push({ id: newId('role'), name, preset: null, ...pair });
      }),
    partnersInCrisisTeam: (t) => {
      const group: Stakeholder['group'] = keyOf(`${t.heading} ${t.rows[0]?.[0] ?? ''}`).includes('uitbest')
        ? 'outsourcingPartner'
        : 'chainPartner';
      eachRow(t, (row, _i, pair) => {
        const organisation = clipText(row[0] ?? '', LIMITS.shortText);
        let s = protocol.stakeholders.find((x) => keyOf(x.organisation) === keyOf(organisation));
        if (!s) {
          s = {
            id: newId('stakeholder'),
            group,
            organisation,
            outsourcingKind: group === 'outsourcingPartner' ? outsourcingKindOf(organisation) : null,
            wellKnown: null,
            responsibleId: null,
            deputyId: null,
            agreements: '',
            timeliness: '',
            impactOfOutage: '',
            inCrisisTeam: true,
          };
          protocol.stakeholders.push(s);
        }
        s.inCrisisTeam = true;
        s.responsibleId ??= pair.responsibleId;
        s.deputyId ??= pair.deputyId;
      });
    },
    endResponsibles: (t) =>
      eachRow(t, (row, rowIndex, pair) => {
        const key = pick(row[0] ?? '', END_WORDS);
        if (key) protocol.crisisOrganisation.endResponsibles[key] = pair.responsibleId;
        else
          report({
            table: t.index,
            row: rowIndex,
            column: 0,
            text: row[0] ?? '',
            reason: {
              nl: 'Deze verantwoordelijkheid is niet herkend (crisismanagement, interne of externe communicatie, CIO, CISO of SOC).',
              en: 'This responsibility was not recognised (crisis management, internal or external communication, CIO, CISO or SOC).',
            },
          });
      }),
    media: (t) =>
      eachRow(t, (row, _i, pair) => {
        const medium = clipText(row[0] ?? '', LIMITS.name);
        const preset = pick(medium, MEDIA_WORDS);
        const existing = protocol.mediaMonitoring.find(
          (m) => (preset && m.preset === preset) || keyOf(m.medium) === keyOf(medium),
        );
        if (existing) Object.assign(existing, pair);
        else
          protocol.mediaMonitoring.push({
            id: newId('media'),
            medium,
            preset: null,
            ...pair,
            tasks: {
              followMedia: true,
              periodicSummary: true,
              summaryFrequency: 'weekly',
              alertOnNegativeSurge: true,
            },
          });
      }),
    escalation: (t) => {
      const header = (t.rows[0] ?? []).map(keyOf);
      const ownerCol = header.findIndex((h) => /eigenaar|verantwoordelijk|owner/.test(h));
      const dateCol = header.findIndex((h) => /datum|vastgesteld|afgesproken op|date/.test(h));
      const textCol = Math.max(
        0,
        header.findIndex((h) => /voorwaarde|conditie|afspraak|wanneer|situatie|condition/.test(h)),
      );
      t.rows.slice(1).forEach((row, i) => {
        const text = clipText(row[textCol] ?? '', LIMITS.longText);
        if (isBlank(text)) return;
        const date = dateCol >= 0 && !isBlank(row[dateCol] ?? '') ? readDate(row[dateCol] ?? '') : null;
        if (dateCol >= 0 && !isBlank(row[dateCol] ?? '') && date === null) {
          report({
            table: t.index,
            row: i + 1,
            column: dateCol,
            text: row[dateCol] ?? '',
            reason: {
              nl: 'Deze datum is niet gelezen (gebruik dd-mm-jjjj).',
              en: 'This date could not be read (use dd-mm-yyyy).',
            },
          });
        }
        const ownerId =
          ownerCol >= 0
            ? registry.upsert({
                name: row[ownerCol] ?? '',
                at: { name: { table: t.index, row: i + 1, column: ownerCol } },
              })
            : null;
        protocol.escalationConditions.push({ id: newId('escalation'), text, ownerId, agreedOn: date });
      });
    },
    dependencies: (t) => {
      const header = (t.rows[0] ?? []).map(keyOf);
      const onCol = header.findIndex((h, i) => i > 0 && /afhankelijk|leunt|depends/.test(h));
      const impactCol = header.findIndex((h) => /gevolg|impact|uitval/.test(h));
      const withinCol = header.findIndex((h) => /melden|binnen|termijn|within/.test(h));
      t.rows.slice(1).forEach((row, i) => {
        if (isBlank(row[0] ?? '')) return;
        const system = protocol.systems.find((s) => keyOf(s.name) === keyOf(row[0] ?? ''));
        const targetName = keyOf(row[onCol] ?? '');
        const onSystem = protocol.systems.find((s) => keyOf(s.name) === targetName);
        const onStakeholder = protocol.stakeholders.find((s) => keyOf(s.organisation) === targetName);
        if (!system || (!onSystem && !onStakeholder)) {
          report({
            table: t.index,
            row: i + 1,
            column: system ? onCol : 0,
            text: system ? (row[onCol] ?? '') : (row[0] ?? ''),
            reason: {
              nl: 'Dit systeem of deze partner staat niet in de tabellen van het document; de afhankelijkheid is niet overgenomen.',
              en: 'This system or partner is not in the document’s tables; the dependency was not imported.',
            },
          });
          return;
        }
        system.dependencies.push({
          id: newId('dependency'),
          on: onSystem
            ? { kind: 'system', systemId: onSystem.id }
            : { kind: 'stakeholder', stakeholderId: onStakeholder!.id },
          impact: clipText(impactCol >= 0 ? (row[impactCol] ?? '') : '', LIMITS.longText),
          notifyWithin: withinCol >= 0 ? readDuration(row[withinCol] ?? '') : null,
        });
      });
    },
    channels: (t) => {
      const header = t.rows[0] ?? [];
      const channelIds = header.map((h, i) => {
        if (i === 0 || isBlank(h)) return null;
        const known = pick(h, CHANNEL_KIND_WORDS);
        if (known) return known;
        const channel = { id: newId('channel'), name: clipText(h, LIMITS.name), kind: 'other' as const };
        protocol.channels.list.push(channel);
        return channel.id;
      });
      t.rows.slice(1).forEach((row, i) => {
        if (isBlank(row[0] ?? '')) return;
        const name = row[0] ?? '';
        const wellKnown = wellKnownOf(name);
        const s = protocol.stakeholders.find(
          (x) => keyOf(x.organisation) === keyOf(name) || (wellKnown !== null && x.wellKnown === wellKnown),
        );
        if (!s) {
          report({
            table: t.index,
            row: i + 1,
            column: 0,
            text: name,
            reason: {
              nl: 'Deze stakeholder staat niet in de stakeholdertabellen; de kanalen zijn niet overgenomen.',
              en: 'This stakeholder is not in the stakeholder tables; its channels were not imported.',
            },
          });
          return;
        }
        const ticked = (cell: string) => !isBlank(cell) && !/^(nee|no|n)$/.test(keyOf(cell));
        protocol.channels.grid[s.id] = channelIds.filter(
          (id, col): id is string => id !== null && ticked(row[col] ?? ''),
        );
      });
    },
  };
}
