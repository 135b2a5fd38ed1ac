import type { Block } from './blocks';

/**
 * A whole exported document: what both renderers need besides the blocks. The printed protocol
 * (electron/services/protocol/print/build-document.ts) and the reports (shared/report/document.ts)
 * each make one of these; electron/services/document/ turns it into PDF or Word.
 */

/** The width of the content on an A4 page with 50 pt margins, in points: images are drawn at it. */
export const IMAGE_WIDTH = 495;

/** What both formats write into the file's properties (PDF Info + Lang; DOCX core props + styles). */
export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47: nl-NL or en-GB */
  language: 'nl-NL' | 'en-GB';
}

/** The title page: laid out, not flowed, the same way for every document. */
export interface Cover {
  organisation: string;
  title: string;
  /** a second, large line under the title (the incident's title in a report) */
  headline?: string;
  subtitle: string;
  /** a red line before the facts: OEFENING on an exercise report */
  band?: string;
  facts: [string, string][];
  notice: string;
  /** credit to CIP and its licence, the matrix in force, the tool */
  colophon: string[];
}

/** A run of pages in one orientation; each part after the cover starts on a new page. */
export interface DocumentPart {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface DocumentModel {
  metadata: DocumentMetadata;
  /** the app version, for the PDF's Creator */
  appVersion: string;
  /** the page marks (OEFENING, classification) at the head of every page, cover included; '' for none */
  marks: string;
  /** the left part of every footer, meant for one line; the renderers add "page x of y" */
  footer: string;
  pageLabel: string;
  ofLabel: string;
  cover: Cover;
  parts: DocumentPart[];
}
