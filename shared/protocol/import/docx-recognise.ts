import { keyOf } from './docx-cells';
import type { DocxTable, DocxTableKind } from './docx-model';

/**
 * Which table of Bijlage I a Word table is, by the words in its first header cell and in the
 * heading above it. Organisations reword and reorder the tables, so this looks for keywords, not
 * titles; what it cannot place the user maps in the preview.
 */
const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

const CHANNEL_WORDS = ['telefoon', 'mail', 'brief', 'nieuwsbrief', 'social'];

function byWords(text: string, header: string[]): DocxTableKind | null {
  const inTeam = has(text, 'crisisteam', 'crisis team');
  if (inTeam && has(text, 'keten', 'uitbest', 'partner')) return 'partnersInCrisisTeam';
  if (has(text, 'eindverantwoordelijk')) return 'endResponsibles';
  if (has(text, 'opschal', 'escalat')) return 'escalation';
  if (has(text, 'afhankelijkhe', 'afhankelijk van')) return 'dependencies';
  if (has(text, 'uitbest')) return 'outsourcingPartners';
  if (has(text, 'keten', 'netwerkpartner')) return 'chainPartners';
  if (has(text, 'overige stakeholder', 'toezichthouder')) return 'otherStakeholders';
  // a person table has a phone and an e-mail column too; the channel grid has at least three kinds
  if (
    CHANNEL_WORDS.filter((w) => header.some((h) => h.includes(w))).length >= 3 ||
    has(text, 'kanalen', 'communicatiekanaal')
  )
    return 'channels';
  if (has(text, 'medium', 'media', 'monitoring')) return 'media';
  if (inTeam || has(text, 'crisisorganisatie', 'organisatie-onderdel', 'organisatieonderdel'))
    return 'crisisTeam';
  if (has(text, 'informatiesysteem', 'systeem', 'applicatie')) return 'systems';
  return null;
}

export function recogniseTable(table: DocxTable): DocxTableKind | null {
  const header = (table.rows[0] ?? []).map(keyOf);
  // "Systeem | Afhankelijk van | …" is about dependencies, though its first cell says system
  if (header.slice(1).some((h) => h.includes('afhankelijk'))) return 'dependencies';
  // the first header cell names the rows ("Uitbestedingspartner", "Soort medium"): trust it first
  return byWords(header[0] ?? '', header) ?? byWords(keyOf(table.heading), header);
}
