import { textsOf } from '../i18n/texts';
import { translate } from '../i18n/translator';
import type { MediaVolume } from '../log/entry-schema';
import type { Locale } from '../matrix/labels';
import { type Block, cell, type Tone } from './blocks';
import { reportDateTime } from './format';
import type { MediaItem } from './media-section';

/**
 * The parts of the media picture that come from the media rounds (issue 16): how the tone went per
 * medium, and the table of what stood out — rounds with notable posts or links, and anything
 * negative or loud, rounds and separate observations alike, in time order.
 */
const LOUD: readonly MediaVolume[] = ['high', 'storm'];
const TONE: Partial<Record<MediaItem['tone'], Tone>> = { negative: 'bad', positive: 'good' };
/** beyond this many rows the table is cut (the log appendix holds them all) */
const MAX_ROWS = 40;

export const mediaTexts = (locale: Locale) => textsOf(locale, 'media').report;

/** "Social media: 3 rondes; toon neutraal → negatief", one line per medium with rounds. */
export function toneCourse(media: { medium: string; items: MediaItem[] }[], locale: Locale): string[] {
  const T = mediaTexts(locale);
  return media.flatMap(({ medium, items }) => {
    const rounds = items.filter((i) => i.source === 'mediaRound');
    if (rounds.length === 0) return [];
    const tones = rounds
      .map((r) => T.tones[r.tone])
      // the tone as it went, without repeating a tone that held
      .filter((t, i, all) => i === 0 || all[i - 1] !== t)
      .join(' → ');
    return [
      translate(locale, rounds.length === 1 ? 'media:report.courseOne' : 'media:report.course', {
        medium,
        count: rounds.length,
        tones,
      }),
    ];
  });
}

export function isNotable(item: MediaItem): boolean {
  return (
    item.notable !== undefined ||
    item.links !== undefined ||
    item.tone === 'negative' ||
    (item.volume !== undefined && LOUD.includes(item.volume))
  );
}

export function notableBlocks(items: readonly MediaItem[], locale: Locale, unnamed: string): Block[] {
  const T = mediaTexts(locale);
  const notable = items.filter(isNotable);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: T.notableTitle },
    { kind: 'paragraph', text: T.notableIntro, italic: true, tone: 'muted' },
  ];
  if (notable.length === 0) return [...blocks, { kind: 'paragraph', text: T.noneNotable, tone: 'muted' }];
  blocks.push({
    kind: 'table',
    columns: [
      { header: T.cols.at, weight: 2 },
      { header: T.cols.medium, weight: 2.2 },
      { header: T.cols.source, weight: 2.1 },
      { header: T.cols.volume, weight: 1.9 },
      { header: T.cols.tone, weight: 1.7 },
      { header: T.cols.said, weight: 5 },
      { header: T.cols.by, weight: 2 },
    ],
    rows: notable
      .slice(-MAX_ROWS)
      .map((item) => [
        cell(reportDateTime(item.at)),
        cell(item.medium || unnamed),
        cell(T.sources[item.source]),
        cell(
          item.volume ? T.volumes[item.volume] : '–',
          item.volume && LOUD.includes(item.volume) ? 'bad' : undefined,
        ),
        cell(T.tones[item.tone], TONE[item.tone]),
        cell([item.summary, item.notable, ...(item.links ?? [])].filter(Boolean).join(' · ')),
        cell(item.author),
      ]),
  });
  return blocks;
}
