import type { DocumentModel } from '../../../../shared/document/model';
import { byLocale } from '../../../../shared/i18n/locale';
import { textsOf } from '../../../../shared/i18n/texts';
import type { PrintLanguage } from '../../../../shared/protocol/print-labels';
import type { Protocol } from '../../../../shared/protocol/schema';
import { colophonLines, pageMarks } from '../../../../shared/report/credits';
import type { Classification } from '../../../../shared/report/model';
import { createContext } from './context';
import { formatDate, formatInstant } from './format';
import { channelGridSection, stakeholdersSection } from './sections-stakeholders';
import { bcpSection, systemsSection } from './sections-systems';
import { allContactsSection, crisisTeamSection, endResponsiblesSection } from './sections-team';
import { escalationSection, exerciseSection, mediaSection } from './sections-upkeep';
import { workCardSection } from './sections-workcard';

export interface PrintOptions {
  language: PrintLanguage;
  /** the printed protocol lists private numbers: VERTROUWELIJK unless the caller says otherwise */
  classification?: Classification;
  generatedAt: Date;
  appVersion: string;
}

/**
 * The printed protocol, in binder order: the work card first (what the room reads during the
 * incident), then who to call, the reference material after, and the alphabetical contact list
 * last so it can be found by thumbing to the back.
 */
export function buildProtocolDocument(protocol: Protocol, opts: PrintOptions): DocumentModel {
  const ctx = createContext(protocol, opts.language);
  const { l } = ctx;
  const org = protocol.organisation.name || l.notFilled;
  const generated = formatInstant(opts.generatedAt, opts.language);
  const mark = textsOf(opts.language, 'document').classification[opts.classification ?? 'vertrouwelijk'];
  const title = `${l.documentTitle} — ${org}`;
  return {
    metadata: {
      title,
      author: org,
      subject: l.subtitle,
      keywords: [...textsOf(opts.language, 'document').keywords, l.documentTitle],
      language: byLocale(opts.language, { nl: 'nl-NL', en: 'en-GB' }),
    },
    appVersion: opts.appVersion,
    // the classification on every page, the cover included: a page taken out of the binder says it too
    marks: mark,
    footer: pageMarks([
      mark,
      protocol.organisation.shortName || org,
      l.documentTitle,
      `${l.generatedAt.toLowerCase()} ${generated}`,
    ]),
    pageLabel: l.page,
    ofLabel: l.of,
    cover: {
      organisation: org,
      title: l.documentTitle,
      subtitle: l.subtitle,
      facts: [
        [l.documentVersion, protocol.documentVersion || l.notFilled],
        [l.lastUpdate, formatDate(protocol.exercise.lastProtocolUpdate, opts.language)],
        [l.generatedAt, generated],
        [l.schemaVersion, String(protocol.schemaVersion)],
        [l.appVersion, opts.appVersion],
      ],
      notice: l.confidential,
      colophon: colophonLines(protocol.operations.matrix, opts.language, opts.appVersion),
    },
    parts: [
      // the work card on landscape pages, so the matrix's five audiences sit side by side
      { orientation: 'landscape', blocks: workCardSection(ctx) },
      {
        orientation: 'portrait',
        blocks: [
          ...crisisTeamSection(ctx),
          ...endResponsiblesSection(ctx),
          ...systemsSection(ctx),
          ...bcpSection(ctx),
          ...stakeholdersSection(ctx),
          ...channelGridSection(ctx),
          ...mediaSection(ctx),
          ...escalationSection(ctx),
          ...exerciseSection(ctx),
          ...allContactsSection(ctx),
        ],
      },
    ],
  };
}
