import { fill } from '../log/describe';
import type { LogEntry, MediaVolume } from '../log/entry-schema';
import { isMediaRound } from '../verdicts/media-rounds';
import { type Block, cell, type Tone } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ReportSection } from './model';

/**
 * The media rounds recorded during the incident (issue 16), per medium in time order: volume and
 * tone per round, and one line per medium with how the tone went. Self-contained, with its own
 * texts, meant to feed the report's media picture; no section when no round was recorded.
 */
const T = {
  title: { nl: 'Mediarondes', en: 'Media rounds' },
  intro: {
    nl: '{count} rondes vastgelegd over {media} media.',
    en: '{count} rounds recorded across {media} media.',
  },
  course: { nl: '{medium}: {count} rondes; toon {tones}', en: '{medium}: {count} rounds; tone {tones}' },
  cols: {
    medium: { nl: 'Medium', en: 'Medium' },
    at: { nl: 'Tijd', en: 'Time' },
    volume: { nl: 'Aandacht', en: 'Attention' },
    tone: { nl: 'Toon', en: 'Tone' },
    said: { nl: 'Wat er werd gezegd', en: 'What was said' },
    by: { nl: 'Door', en: 'By' },
  },
  volumes: {
    none: { nl: 'geen', en: 'none' },
    low: { nl: 'weinig', en: 'little' },
    moderate: { nl: 'gemiddeld', en: 'moderate' },
    high: { nl: 'veel', en: 'a lot' },
    storm: { nl: 'storm', en: 'storm' },
  } satisfies Record<MediaVolume, { nl: string; en: string }>,
  tones: {
    positive: { nl: 'positief', en: 'positive' },
    neutral: { nl: 'neutraal', en: 'neutral' },
    negative: { nl: 'negatief', en: 'negative' },
    unknown: { nl: '–', en: '–' },
  },
} as const;

const TONE: Record<string, Tone | undefined> = { negative: 'bad', positive: 'good' };

export function mediaRoundsSection(ctx: BuildContext): (ReportSection & { id: 'mediaRounds' }) | null {
  const L = ctx.locale;
  const rounds = ctx.effective
    .filter(isMediaRound)
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  if (rounds.length === 0) return null;
  const byMedium = new Map<string, LogEntry[]>();
  for (const r of rounds) {
    const key = r.medium ?? r.mediaRound.monitorId;
    byMedium.set(key, [...(byMedium.get(key) ?? []), r]);
  }
  const toneWord = (e: LogEntry) => T.tones[(e.kind === 'observation' && e.tone) || 'unknown'][L];
  const course = [...byMedium.entries()].map(([medium, list]) =>
    fill(T.course[L], {
      medium,
      count: list.length,
      // the tone as it went, without repeating a tone that held
      tones: list
        .map(toneWord)
        .filter((t, i, all) => i === 0 || all[i - 1] !== t)
        .join(' → '),
    }),
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: T.title[L] },
    { kind: 'paragraph', text: fill(T.intro[L], { count: rounds.length, media: byMedium.size }) },
    { kind: 'bullets', items: course },
    {
      kind: 'table',
      columns: [
        { header: T.cols.medium[L], weight: 2 },
        { header: T.cols.at[L], weight: 2 },
        { header: T.cols.volume[L], weight: 1.4 },
        { header: T.cols.tone[L], weight: 1.4 },
        { header: T.cols.said[L], weight: 5 },
        { header: T.cols.by[L], weight: 2 },
      ],
      rows: [...byMedium.entries()].flatMap(([medium, list]) =>
        list.map((r) => {
          if (!isMediaRound(r)) return [];
          const said = [r.summary, r.mediaRound.notable, ...(r.mediaRound.links ?? [])]
            .filter(Boolean)
            .join(' · ');
          return [
            cell(medium),
            cell(reportDateTime(r.occurredAt)),
            cell(T.volumes[r.mediaRound.volume][L]),
            cell(toneWord(r), TONE[r.tone ?? '']),
            cell(said),
            cell(r.author),
          ];
        }),
      ),
    },
  ];
  return { id: 'mediaRounds', title: T.title[L], blocks, data: { rounds: rounds.length } };
}
