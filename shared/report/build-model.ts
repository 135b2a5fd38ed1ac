import { appendixSection } from './appendix-section';
import { audiencesSection } from './audiences-section';
import { createContext } from './context';
import { coverSection } from './cover-section';
import { escalationSection } from './escalation-section';
import { evaluationSection } from './evaluation-section';
import { reportDateTime } from './format';
import { injectsSection } from './injects-section';
import { mediaRoundsSection } from './media-rounds-section';
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
    ...(input.kind === 'evaluation' && input.exercise ? [injectsSection(ctx, input.exercise)] : []),
    ...[escalationSection(ctx), mediaRoundsSection(ctx)].filter((s) => s !== null),
    appendixSection(ctx),
  ];
  const mark = L.classification[input.classification];
  const org = input.protocol.organisation.shortName || input.protocol.organisation.name;
  const title = `${L.kind[input.kind]} — ${input.incident.title}`;
  return {
    kind: input.kind,
    language: input.language,
    classification: input.classification,
    classificationMark: mark,
    title,
    generatedAt: ctx.generatedAt,
    appVersion: input.appVersion,
    footerText: [
      mark,
      org,
      title,
      `${L.footer.generated} ${reportDateTime(ctx.generatedAt)}`,
      `Ketenbord ${input.appVersion}`,
    ]
      .filter(Boolean)
      .join(' · '),
    pageLabel: L.footer.page,
    ofLabel: L.footer.of,
    timeline,
    sections,
  };
}
