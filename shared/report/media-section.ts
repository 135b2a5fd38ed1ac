import { PHASE_LABELS } from '../matrix/labels';
import type { Phase } from '../model/vocabulary';
import { incidentHistory, phaseAt } from '../verdicts/history';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ReportSection } from './model';

export type MediaTone = 'positive' | 'neutral' | 'negative' | 'unknown';

/**
 * One thing seen in the media. Today every item is a logged observation with a medium or a tone;
 * the media rounds planned for a later release add items with `source: 'mediaRound'` and the
 * section takes them without change.
 */
export interface MediaItem {
  source: 'observation';
  seq: number;
  at: string;
  phase: Phase;
  medium: string;
  tone: MediaTone;
  summary: string;
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
/** the newest few observations are quoted; all of them are in the log appendix */
const LATEST = 8;

export function mediaPicture(ctx: BuildContext): MediaPicture {
  const history = incidentHistory(ctx.input.incident, ctx.effective);
  const items: MediaItem[] = [];
  for (const e of ctx.effective) {
    if (e.kind !== 'observation' || e.evaluatorNote) continue;
    if (e.medium === undefined && e.tone === undefined) continue;
    items.push({
      source: 'observation',
      seq: e.seq,
      at: e.occurredAt,
      phase: phaseAt(history, Date.parse(e.occurredAt), e.seq),
      medium: e.medium?.trim() ?? '',
      tone: e.tone ?? 'unknown',
      summary: e.summary,
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
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: T.title },
    { kind: 'paragraph', text: T.intro, italic: true, tone: 'muted' },
  ];
  if (picture.items.length === 0) {
    blocks.push({ kind: 'paragraph', text: T.none, tone: 'muted' });
    return { id: 'media', title: T.title, data: picture, blocks };
  }
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
  blocks.push({ kind: 'heading', level: 2, text: T.latest });
  blocks.push({
    kind: 'bullets',
    items: picture.items
      .slice(-LATEST)
      .map((i) => `${reportDateTime(i.at)} · ${i.medium || T.unnamed} · ${T[i.tone]}: ${i.summary}`),
  });
  return { id: 'media', title: T.title, data: picture, blocks };
}
