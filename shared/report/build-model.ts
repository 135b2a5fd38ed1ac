import { byLocale } from '../i18n/locale';
import { NATURE_LABELS } from '../matrix/labels';
import { notesAnnex, participantsAnnex } from './annex-section';
import { appendixSection } from './appendix-section';
import { approvalSection } from './approval-section';
import { audiencesSection } from './audiences-section';
import { closingData, closingSection } from './closing-section';
import { type BuildContext, createContext } from './context';
import { coverSection } from './cover-section';
import { EXERCISE_MARK, pageMarks, shorten } from './credits';
import { documentSubtitle, documentTitle } from './document-title';
import { escalationSection } from './escalation-section';
import { evaluationRatings, evaluationSection } from './evaluation-section';
import {
  findingsSection,
  planSection,
  protocolUpdatesSection,
  recommendationsSection,
} from './findings-section';
import { reportDateTime } from './format';
import { injectsSection } from './injects-section';
import { managementSection } from './management-section';
import { mediaPicture, mediaSection } from './media-section';
import type { ReportInput, ReportModel, ReportSection, SectionId, SummaryData, TimelineData } from './model';
import { openPointsSection } from './open-points-section';
import { objectivesSection, overviewSection } from './overview-section';
import { summaryData, summarySection } from './summary-section';
import { timelineData, timelineSection } from './timeline-section';

/**
 * The aftercare report or exercise evaluation as one pure model: protocol + incident + log in,
 * sections in reading order out. Both renderers draw its blocks and nothing else.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const ctx = createContext(input);
  const { L } = ctx;
  const timeline = timelineData(ctx);
  const summary = summaryData(ctx);
  const sections = numbered(
    input.kind === 'evaluation'
      ? evaluationReport(ctx, summary, timeline)
      : aftercareReport(ctx, summary, timeline),
  );
  const mark = L.classification[input.classification];
  const exerciseMark = input.incident.isExercise ? EXERCISE_MARK[input.language] : '';
  const org = input.protocol.organisation.shortName || input.protocol.organisation.name;
  const title = `${documentTitle(ctx)} — ${input.incident.title}`;
  return {
    kind: input.kind,
    language: input.language,
    classification: input.classification,
    classificationMark: mark,
    exerciseMark,
    headerText: pageMarks([exerciseMark, mark]),
    metadata: {
      title,
      author: input.author || org,
      subject: documentSubtitle(ctx),
      keywords: [
        ...L.keywords,
        ...(input.incident.isExercise ? [L.keywordExercise] : []),
        ...input.incident.natures.map((n) => NATURE_LABELS[n].short[input.language]),
      ],
      language: byLocale(input.language, { nl: 'nl-NL', en: 'en-GB' }),
    },
    title,
    generatedAt: ctx.generatedAt,
    appVersion: input.appVersion,
    // one line: the marks first (a torn-off page must still say OEFENING), the title shortened;
    // the app version lives in the colophon
    footerText: pageMarks([
      exerciseMark,
      mark,
      org,
      shorten(title, 44),
      `${L.footer.generated} ${reportDateTime(ctx.generatedAt)}`,
    ]),
    pageLabel: L.footer.page,
    ofLabel: L.footer.of,
    timeline,
    sections,
  };
}

/**
 * The evaluation in the shape evaluators use (HSEEP AAR/IP, the Dutch evaluatierapport): summary
 * and overview first, then objectives, the analysis, findings, recommendations, the improvement
 * plan and the protocol updates; the appendices last.
 */
function evaluationReport(ctx: BuildContext, summary: SummaryData, timeline: TimelineData): ReportSection[] {
  const ratings = evaluationRatings(ctx);
  const media = mediaPicture(ctx);
  return [
    coverSection(ctx),
    managementSection(ctx, ratings),
    overviewSection(ctx),
    objectivesSection(ctx),
    retitled(summarySection(ctx, summary), ctx.EL.courseTitle),
    timelineSection(ctx, timeline),
    audiencesSection(ctx),
    ...(ctx.input.exercise ? [injectsSection(ctx, ctx.input.exercise)] : []),
    ...present(escalationSection(ctx)),
    ...(media.items.length > 0 ? [mediaSection(ctx, media)] : []),
    evaluationSection(ctx, ratings),
    findingsSection(ctx),
    recommendationsSection(ctx),
    planSection(ctx),
    protocolUpdatesSection(ctx),
    openPointsSection(ctx, summary),
    approvalSection(ctx),
    participantsAnnex(ctx),
    notesAnnex(ctx),
    retitled(appendixSection(ctx), ctx.EL.annex.logTitle),
  ];
}

/**
 * The aftercare report: what happened and who heard what, the media picture, the closing towards
 * every audience and partner, what is still open, and the lessons when an evaluation was saved.
 */
function aftercareReport(ctx: BuildContext, summary: SummaryData, timeline: TimelineData): ReportSection[] {
  const hasEvaluation = ctx.input.evaluation !== undefined;
  return [
    coverSection(ctx),
    summarySection(ctx, summary),
    timelineSection(ctx, timeline),
    audiencesSection(ctx),
    ...present(escalationSection(ctx)),
    mediaSection(ctx, mediaPicture(ctx)),
    closingSection(ctx, closingData(ctx)),
    openPointsSection(ctx, summary),
    ...(hasEvaluation ? [findingsSection(ctx), recommendationsSection(ctx), planSection(ctx)] : []),
    approvalSection(ctx),
    appendixSection(ctx),
  ];
}

/** The sections that only appear when there is something to show (escalation). */
function present(section: ReportSection | null): ReportSection[] {
  return section === null ? [] : [section];
}

/** The same section under another name (the first level-1 heading follows). */
function retitled(section: ReportSection, title: string): ReportSection {
  const at = section.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const blocks = section.blocks.map((b, i) => (i === at && b.kind === 'heading' ? { ...b, text: title } : b));
  return { ...section, title, blocks } as ReportSection;
}

const UNNUMBERED: ReadonlySet<SectionId> = new Set(['cover', 'annex', 'appendix']);

/** Chapters numbered in reading order ("3. Doelen en bevindingen"); the cover and appendices are not. */
function numbered(sections: ReportSection[]): ReportSection[] {
  let n = 0;
  return sections.map((section) => {
    if (UNNUMBERED.has(section.id)) return section;
    n++;
    const bare = section.title.replace(/^\d+\.\s*/, '');
    const title = `${n}. ${bare}`;
    const blocks = section.blocks.map((b, i) =>
      i === section.blocks.findIndex((x) => x.kind === 'heading' && x.level === 1) && b.kind === 'heading'
        ? { ...b, text: title }
        : b,
    );
    return { ...section, title, blocks } as ReportSection;
  });
}
