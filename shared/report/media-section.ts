import { IMAGE_WIDTH } from '../document/model';
import type { MediaVolume } from '../log/entry-schema';
import { PHASE_LABELS } from '../matrix/labels';
import type { Phase } from '../model/vocabulary';
import { incidentHistory, phaseAt } from '../verdicts/history';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { renderMediaChartSvg } from './media-chart-svg';
import { mediaTexts, notableBlocks, toneCourse } from './media-notable';
import type { ReportSection } from './model';

export type MediaTone = 'positive' | 'neutral' | 'negative' | 'unknown';

/**
 * One thing seen in the media: a logged observation with a medium or a tone, or a media round
 * (issue 16: an observation from the roster's watcher, with the attention it got and what stood out).
 */
export interface MediaItem {
  source: 'observation' | 'mediaRound';
  seq: number;
  at: string;
  phase: Phase;
  medium: string;
  tone: MediaTone;
  summary: string;
  author: string;
  /** rounds only: how much attention the medium gave it */
  volume?: MediaVolume;
  notable?: string;
  links?: string[];
}

export interface MediaPicture {
  items: MediaItem[];
  /** per medium (first seen first), counts per tone */
  byMedium: { medium: string; counts: Record<MediaTone, number>; total: number }[];
  /** per phase in the order the incident went through them, counts per tone */
  byPhase: { phase: Phase; counts: Record<MediaTone, number>; total: number }[];
}

const TONES: readonly MediaTone[] = ['positive', 'neutral', 'negative', 'unknown'];
const zero = (): Record<MediaTone, number> => ({ positive: 0, neutral: 0, negative: 0, unknown: 0 });

export function mediaPicture(ctx: BuildContext): MediaPicture {
  const history = incidentHistory(ctx.input.incident, ctx.effective);
  const items: MediaItem[] = [];
  for (const e of ctx.effective) {
    if (e.kind !== 'observation' || e.evaluatorNote) continue;
    if (e.medium === undefined && e.tone === undefined) continue;
    const round = e.mediaRound;
    items.push({
      source: round ? 'mediaRound' : 'observation',
      seq: e.seq,
      at: e.occurredAt,
      phase: phaseAt(history, Date.parse(e.occurredAt), e.seq),
      medium: e.medium?.trim() ?? '',
      tone: e.tone ?? 'unknown',
      summary: e.summary,
      author: e.author,
      ...(round ? { volume: round.volume } : {}),
      ...(round?.notable ? { notable: round.notable } : {}),
      ...(round?.links && round.links.length > 0 ? { links: round.links } : {}),
    });
  }
  items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
  const byMedium = new Map<string, Record<MediaTone, number>>();
  const byPhase = new Map<Phase, Record<MediaTone, number>>();
  for (const item of items) {
    const m = byMedium.get(item.medium) ?? zero();
    m[item.tone]++;
    byMedium.set(item.medium, m);
    const p = byPhase.get(item.phase) ?? zero();
    p[item.tone]++;
    byPhase.set(item.phase, p);
  }
  const total = (c: Record<MediaTone, number>) => TONES.reduce((sum, t) => sum + c[t], 0);
  return {
    items,
    byMedium: [...byMedium].map(([medium, counts]) => ({ medium, counts, total: total(counts) })),
    byPhase: [...byPhase].map(([phase, counts]) => ({ phase, counts, total: total(counts) })),
  };
}

/** The media picture: what was seen where, in which tone, and how that went over the phases. */
export function mediaSection(ctx: BuildContext, picture: MediaPicture): ReportSection {
  const T = ctx.EL.media;
  const R = mediaTexts(ctx.locale);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: T.title },
    { kind: 'paragraph', text: T.intro, italic: true, tone: 'muted' },
  ];
  if (picture.items.length === 0) {
    blocks.push({ kind: 'paragraph', text: T.none, tone: 'muted' });
    return { id: 'media', title: T.title, data: picture, blocks };
  }
  const perMedium = picture.byMedium.map((m) => ({
    medium: m.medium || T.unnamed,
    items: picture.items.filter((i) => i.medium === m.medium),
  }));
  const rounds = picture.items.filter((i) => i.source === 'mediaRound').length;
  blocks.push({
    kind: 'paragraph',
    text: ctx.t('media:report.rounds', {
      rounds,
      observations: picture.items.length - rounds,
      media: picture.byMedium.length,
    }),
  });
  const course = toneCourse(perMedium, ctx.locale);
  if (course.length > 0) blocks.push({ kind: 'bullets', items: course });
  blocks.push({
    kind: 'image',
    svg: renderMediaChartSvg(
      { ...chartSpan(ctx, picture.items), media: perMedium },
      { width: IMAGE_WIDTH, language: ctx.locale },
    ),
    caption: R.chartCaption,
  });
  const toneColumns = [
    { header: T.positive, weight: 1.6 },
    { header: T.neutral, weight: 1.6 },
    { header: T.negative, weight: 1.6 },
    { header: T.unknown, weight: 1.8 },
    { header: T.total, weight: 1.4 },
  ];
  const toneCells = (c: Record<MediaTone, number>, total: number) => [
    cell(String(c.positive), c.positive > 0 ? 'good' : undefined),
    cell(String(c.neutral)),
    cell(String(c.negative), c.negative > 0 ? 'bad' : undefined, c.negative > 0),
    cell(String(c.unknown), 'muted'),
    cell(String(total), undefined, true),
  ];
  blocks.push({
    kind: 'table',
    columns: [{ header: T.medium, weight: 4 }, ...toneColumns],
    rows: picture.byMedium.map((m) => [cell(m.medium || T.unnamed), ...toneCells(m.counts, m.total)]),
  });
  blocks.push({ kind: 'heading', level: 2, text: T.overTime });
  blocks.push({
    kind: 'table',
    columns: [{ header: T.phase, weight: 4 }, ...toneColumns],
    rows: picture.byPhase.map((p) => [
      cell(PHASE_LABELS[p.phase].short[ctx.locale]),
      ...toneCells(p.counts, p.total),
    ]),
  });
  blocks.push(...notableBlocks(picture.items, ctx.locale, T.unnamed));
  return { id: 'media', title: T.title, data: picture, blocks };
}

/** The same span as the timeline picture (the phases), widened to every item, so both read alike. */
function chartSpan(ctx: BuildContext, items: readonly MediaItem[]): { start: string; end: string } {
  const times = [
    Date.parse(ctx.periods[0]?.start ?? ctx.input.incident.detectedAt),
    Date.parse(ctx.periods.at(-1)?.end ?? ctx.input.incident.detectedAt),
    ...items.map((i) => Date.parse(i.at)),
  ];
  return {
    start: new Date(Math.min(...times)).toISOString(),
    end: new Date(Math.max(...times)).toISOString(),
  };
}
