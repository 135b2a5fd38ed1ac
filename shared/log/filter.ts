import type { Audience, Phase } from '../model/vocabulary';
import { applyInto, type EffectiveEntry } from './corrections';
import { changesOf, type LogEntry, type LogEntryKind } from './entry-schema';
import { foldForSearch, searchableText } from './search-text';

/** Every field is optional; an empty list or missing field means "do not filter on this". */
export interface LogFilter {
  kinds?: readonly LogEntryKind[];
  audiences?: readonly Audience[];
  /** null selects messages sent without a matrix action */
  actions?: readonly (number | null)[];
  channels?: readonly string[];
  authors?: readonly string[];
  phases?: readonly Phase[];
  /** words, all of which must occur (in any order) in summary, full text, recipients or sender */
  text?: string;
}

/**
 * Entries plus what filtering needs, computed once and extended on append: the effective (corrected)
 * entry for the facet filters and one folded search string per entry, so a free-text search over
 * 100,000 entries is a loop of `includes` calls rather than 100,000 rebuilds of the text.
 */
export interface LogIndex {
  readonly items: EffectiveEntry[];
  /** folded text of the original entry plus the text of corrections to it */
  readonly search: string[];
  readonly positionBySeq: Map<number, number>;
}

export function buildLogIndex(entries: readonly LogEntry[]): LogIndex {
  const index: LogIndex = { items: [], search: [], positionBySeq: new Map() };
  for (const entry of entries) extendLogIndex(index, entry);
  return index;
}

/** Adds one freshly appended entry; a correction also updates its target's effective value. */
export function extendLogIndex(index: LogIndex, entry: LogEntry): void {
  const text = searchableText(entry);
  index.positionBySeq.set(entry.seq, index.items.length);
  index.items.push({ entry, effective: entry, correctedBy: [], changedFields: [] });
  index.search.push(text);
  if (entry.kind !== 'correction') return;
  const at = index.positionBySeq.get(entry.corrects);
  if (at === undefined) return;
  // Corrected wording must be findable on the corrected entry, and the original wording stays too.
  if (applyInto(index.items[at]!, entry)) index.search[at] = `${index.search[at]}\u0001${text}`;
}

/** Audience an entry is about, if any: the message's audience or the decision's subject. */
export function audienceOf(entry: LogEntry): Audience | undefined {
  if (entry.kind === 'messageSent') return entry.audience;
  if (entry.kind === 'decision' && entry.subject && 'audience' in entry.subject)
    return entry.subject.audience;
  if (entry.kind === 'incidentChange') {
    for (const c of changesOf(entry)) if (c.field === 'visibility') return c.audience;
  }
  return undefined;
}

/** Action an entry is about; undefined when the entry has nothing to do with actions. */
export function actionOf(entry: LogEntry): number | null | undefined {
  if (entry.kind === 'messageSent') return entry.action;
  if (entry.kind === 'decision' && entry.subject && 'action' in entry.subject) return entry.subject.action;
  return undefined;
}

export function channelOf(entry: LogEntry): string | undefined {
  return entry.kind === 'messageSent' || entry.kind === 'messageReceived' ? entry.channel : undefined;
}

const normalise = (s: string) => s.trim().toLowerCase();

/** Positions in `index.items` that match, in log order; cheap to feed into a virtualised list. */
export function filterLog(index: LogIndex, filter: LogFilter): number[] {
  const kinds = setOf(filter.kinds);
  const audiences = setOf(filter.audiences);
  const actions = setOf(filter.actions);
  const channels = setOf(filter.channels?.map(normalise));
  const authors = setOf(filter.authors?.map(normalise));
  const phases = setOf(filter.phases);
  const words = foldForSearch(filter.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const facets = kinds || audiences || actions || channels || authors || phases;

  const out: number[] = [];
  const { items, search } = index;
  for (let i = 0; i < items.length; i++) {
    if (words.length > 0 && !containsAll(search[i]!, words)) continue;
    if (facets) {
      const e = items[i]!.effective;
      if (kinds && !kinds.has(e.kind)) continue;
      if (phases && !phases.has(e.phase)) continue;
      if (authors && !authors.has(normalise(e.author))) continue;
      if (audiences) {
        const a = audienceOf(e);
        if (a === undefined || !audiences.has(a)) continue;
      }
      if (actions) {
        const a = actionOf(e);
        if (a === undefined || !actions.has(a)) continue;
      }
      if (channels) {
        const c = channelOf(e);
        if (c === undefined || !channels.has(normalise(c))) continue;
      }
    }
    out.push(i);
  }
  return out;
}

/** Distinct authors and channels, for the filter dropdowns. */
export function logFacets(index: LogIndex): { authors: string[]; channels: string[] } {
  const authors = new Set<string>();
  const channels = new Set<string>();
  for (const { effective } of index.items) {
    authors.add(effective.author);
    const c = channelOf(effective);
    if (c !== undefined) channels.add(c);
  }
  const byDutch = (a: string, b: string) => a.localeCompare(b, 'nl');
  return { authors: [...authors].sort(byDutch), channels: [...channels].sort(byDutch) };
}

function setOf<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

function containsAll(haystack: string, words: readonly string[]): boolean {
  for (const w of words) if (!haystack.includes(w)) return false;
  return true;
}
