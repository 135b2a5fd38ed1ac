import { NATURE_LABELS } from '../matrix/labels';
import type { BuildContext } from './context';
import { colophonLines } from './credits';
import { documentSubtitle, documentTitle } from './document-title';
import { reportDateTime } from './format';
import type { CoverData, ReportSection } from './model';

/** The title page: enough to know what the document is about without turning a page. */
export function coverSection(ctx: BuildContext): ReportSection {
  const { input, L, locale, periods } = ctx;
  const { incident, protocol } = input;
  const first = periods[0];
  const last = periods.at(-1);
  const period = {
    start: first?.start ?? incident.detectedAt,
    end: last?.end ?? incident.detectedAt,
    ongoing: last?.ongoing ?? true,
  };
  const periodText = `${reportDateTime(period.start)} – ${reportDateTime(period.end)}${
    period.ongoing ? ` (${L.cover.ongoing})` : ''
  }`;
  const organisation = protocol.organisation.name || protocol.organisation.shortName || '–';
  const facts: [string, string][] = [
    [L.cover.organisation, organisation],
    [L.cover.incident, incident.title],
    [L.cover.incidentId, incident.id],
    [L.cover.nature, incident.isExercise ? L.cover.exercise : L.cover.real],
    [L.summary.natures, incident.natures.map((n) => NATURE_LABELS[n].short[locale]).join(', ')],
    [L.cover.period, periodText],
    [L.cover.author, input.author || '–'],
    [L.cover.classification, L.classification[input.classification] || L.classificationNone],
    [L.cover.generatedAt, reportDateTime(ctx.generatedAt)],
    [L.cover.appVersion, input.appVersion],
  ];
  const data: CoverData = {
    organisation,
    title: documentTitle(ctx),
    subtitle: documentSubtitle(ctx),
    incidentTitle: incident.title,
    isExercise: incident.isExercise,
    exerciseText: incident.isExercise ? L.cover.exercise : L.cover.real,
    notice: L.cover.notice,
    period,
    author: input.author,
    facts,
    colophon: colophonLines(protocol.operations.matrix, locale, input.appVersion),
  };
  return {
    id: 'cover',
    title: documentTitle(ctx),
    data,
    blocks: [
      { kind: 'paragraph', text: organisation, tone: 'muted' },
      { kind: 'heading', level: 1, text: `${documentTitle(ctx)}: ${incident.title}` },
      { kind: 'paragraph', text: documentSubtitle(ctx), italic: true },
      ...(incident.isExercise
        ? [{ kind: 'paragraph' as const, text: L.cover.exercise, tone: 'warn' as const }]
        : []),
      { kind: 'facts', rows: facts },
      { kind: 'paragraph', text: L.cover.notice, italic: true, tone: 'muted' },
      ...data.colophon.map((text) => ({ kind: 'paragraph' as const, text, tone: 'muted' as const })),
      { kind: 'pageBreak' },
    ],
  };
}
