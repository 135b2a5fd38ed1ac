import { createDefaultProtocol } from '../defaults';
import type { Protocol } from '../schema';
import { type DocxFact, readFacts } from './docx-facts';
import type { DocxDocument, DocxTableKind } from './docx-model';
import { type NotUnderstood, PeopleRegistry } from './docx-people';
import { recogniseTable } from './docx-recognise';
import { tableReaders } from './docx-table-readers';

/**
 * A Word protocol (Bijlage I's tables) into a draft Protocol: people found once and referenced
 * everywhere, numbers normalised, stakeholders in their groups, the fixed rows of Bijlage I
 * (the four other stakeholders, six crisis-team roles, five media) filled in where the document
 * names them. Pure: nothing is stored here. What is not understood is listed with its cell.
 */
export type TableChoice = DocxTableKind | 'ignore';

export interface DocxTableInfo {
  index: number;
  heading: string;
  header: string[];
  rows: number;
  kind: DocxTableKind | null;
  source: 'recognised' | 'chosen' | 'ignored' | 'none';
}

export interface DocxImport {
  protocol: Protocol;
  tables: DocxTableInfo[];
  facts: DocxFact[];
  notUnderstood: NotUnderstood[];
  counts: {
    people: number;
    systems: number;
    stakeholders: number;
    roles: number;
    media: number;
    escalation: number;
  };
}

/** Tables are read in this order whatever their place in the document: channels need the stakeholders first. */
const ORDER: DocxTableKind[] = [
  'systems',
  'chainPartners',
  'outsourcingPartners',
  'otherStakeholders',
  'crisisTeam',
  'partnersInCrisisTeam',
  'endResponsibles',
  'media',
  'escalation',
  'dependencies',
  'channels',
];

export function buildProtocolFromDocx(
  doc: DocxDocument,
  choices: Readonly<Record<string, TableChoice>> = {},
): DocxImport {
  const notUnderstood: NotUnderstood[] = [];
  const report = (item: NotUnderstood) => notUnderstood.push(item);
  const registry = new PeopleRegistry(report);
  const protocol = createDefaultProtocol();

  const tables: DocxTableInfo[] = doc.tables.map((t) => {
    const chosen = choices[String(t.index)];
    const recognised = recogniseTable(t);
    const kind = chosen === 'ignore' ? null : (chosen ?? recognised);
    const source = chosen === 'ignore' ? 'ignored' : chosen ? 'chosen' : recognised ? 'recognised' : 'none';
    return {
      index: t.index,
      heading: t.heading,
      header: t.rows[0] ?? [],
      rows: Math.max(0, t.rows.length - 1),
      kind,
      source,
    };
  });
  for (const info of tables) {
    if (info.source === 'none') {
      report({
        table: info.index,
        row: null,
        column: null,
        text: info.heading || (info.header[0] ?? ''),
        reason: {
          nl: 'Deze tabel is niet herkend. Kies wat erin staat, of laat hem weg.',
          en: 'This table was not recognised. Choose what it holds, or leave it out.',
        },
      });
    }
  }

  const readers = tableReaders(protocol, registry, report);
  for (const kind of ORDER) {
    for (const info of tables.filter((t) => t.kind === kind)) readers[kind](doc.tables[info.index]!);
  }
  const facts = readFacts(doc.paragraphs, protocol, registry, report);
  protocol.people = registry.people;
  return {
    protocol,
    tables,
    facts,
    notUnderstood,
    counts: {
      people: protocol.people.length,
      systems: protocol.systems.length,
      stakeholders: protocol.stakeholders.length,
      roles: protocol.crisisOrganisation.roles.length,
      media: protocol.mediaMonitoring.length,
      escalation: protocol.escalationConditions.length,
    },
  };
}
