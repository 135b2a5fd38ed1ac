import type { Block } from '../document/blocks';
import type { Cover, DocumentModel } from '../document/model';
import type { CoverData, ReportModel, ReportSection } from './model';

/** The title page of a report in the one cover shape: the incident under the title, OEFENING as a band. */
function reportCover(data: CoverData): Cover {
  return {
    organisation: data.organisation,
    title: data.title,
    headline: data.incidentTitle,
    subtitle: data.subtitle,
    ...(data.isExercise ? { band: data.exerciseText } : {}),
    facts: data.facts,
    notice: data.notice,
    colophon: data.colophon,
  };
}

/**
 * The blocks a section contributes. The appendix's title and integrity statement flow on after the
 * last chapter instead of after a page break: the PDF's log starts on a fresh page anyway
 * (pdf-appendix.ts), so the break left a page holding only that title and statement.
 */
function sectionBlocks(section: ReportSection): Block[] {
  return section.id === 'appendix' ? section.blocks.filter((b) => b.kind !== 'pageBreak') : section.blocks;
}

/** The report as a document for the renderers: its cover, then every section on portrait pages. */
export function reportDocument(model: ReportModel): DocumentModel {
  const cover = model.sections.find((s) => s.id === 'cover');
  if (cover?.id !== 'cover') throw new Error('report model without a cover section');
  return {
    metadata: model.metadata,
    appVersion: model.appVersion,
    marks: model.headerText,
    footer: model.footerText,
    pageLabel: model.pageLabel,
    ofLabel: model.ofLabel,
    // the title page is laid out from its data; the cover section's blocks are its plain-text form
    cover: reportCover(cover.data),
    parts: [
      {
        orientation: 'portrait',
        blocks: model.sections.filter((s) => s.id !== 'cover').flatMap(sectionBlocks),
      },
    ],
  };
}
