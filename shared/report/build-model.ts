import { NATURE_LABELS } from '../matrix/labels';
import { appendixSection } from './appendix-section';
import { audiencesSection } from './audiences-section';
import { createContext } from './context';
import { coverSection } from './cover-section';
import { EXERCISE_MARK, pageMarks, shorten } from './credits';
import { evaluationSection } from './evaluation-section';
import { reportDateTime } from './format';
import type { ReportInput, ReportModel, ReportSection } from './model';
import { openPointsSection } from './open-points-section';
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
  const sections: ReportSection[] = [
    coverSection(ctx),
    summarySection(ctx, summary),
    timelineSection(ctx, timeline),
    audiencesSection(ctx),
    openPointsSection(ctx, summary),
    ...(input.kind === 'evaluation' ? [evaluationSection(ctx)] : []),
    appendixSection(ctx),
  ];
  const mark = L.classification[input.classification];
  const exerciseMark = input.incident.isExercise ? EXERCISE_MARK[input.language] : '';
  const org = input.protocol.organisation.shortName || input.protocol.organisation.name;
  const title = `${L.kind[input.kind]} — ${input.incident.title}`;
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
      subject: L.kindSubtitle[input.kind],
      keywords: [
        ...L.keywords,
        ...(input.incident.isExercise ? [L.keywordExercise] : []),
        ...input.incident.natures.map((n) => NATURE_LABELS[n].short[input.language]),
      ],
      language: input.language === 'nl' ? 'nl-NL' : 'en-GB',
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
