/**
 * What the DOCX reader hands to the pure import: the document's paragraphs and tables in order,
 * as plain text. Reading the file (zip, XML) is the back end's job; recognising what the text
 * means happens in shared/, where it can be tested without a file.
 */
export interface DocxTable {
  /** 0-based position among the document's tables */
  index: number;
  /** the nearest paragraph above the table (its caption or section heading) */
  heading: string;
  /** rows of cell texts; a cell's paragraphs are joined with line breaks */
  rows: string[][];
}

export interface DocxDocument {
  paragraphs: string[];
  tables: DocxTable[];
}

/** The tables of Bijlage I the import understands, plus the end responsibles of chapter 1. */
export const DOCX_TABLE_KINDS = [
  'systems',
  'chainPartners',
  'outsourcingPartners',
  'otherStakeholders',
  'crisisTeam',
  'partnersInCrisisTeam',
  'endResponsibles',
  'channels',
  'media',
  'escalation',
  'dependencies',
] as const;
export type DocxTableKind = (typeof DOCX_TABLE_KINDS)[number];
