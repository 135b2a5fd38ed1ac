import type { LogFilterInput, LogRow, PhaseRun } from '../../../shared/api/log-api';
import type { EffectiveEntry } from '../../../shared/log/corrections';
import {
  buildLogIndex,
  channelOf,
  extendLogIndex,
  filterLog,
  type LogIndex,
} from '../../../shared/log/filter';
import type { Phase } from '../../../shared/model/vocabulary';
import type { LogJournal } from './journal';

interface Filtered {
  key: string;
  count: number;
  positions: number[];
  phaseRuns: PhaseRun[];
  ms: number;
}

interface ViewCache {
  index: LogIndex;
  /**
   * Authors and channels seen so far, extended with each new entry instead of a 100,000-entry walk
   * per append. A correction adds its new value; an old value it replaced may stay in the list,
   * which only offers a filter choice that matches the original wording.
   */
  facets: { seen: number; authors: Set<string>; channels: Set<string> };
  /** the last filter's result: scrolling pages through the same filter must not refilter 100,000 */
  filtered: Filtered | null;
}

/**
 * The filter index of a journal, built once and extended with whatever was appended since. Keyed
 * on the journal object, so it goes when the workspace session closes its journals.
 */
const caches = new WeakMap<LogJournal, ViewCache>();

function cacheFor(journal: LogJournal): ViewCache {
  let cache = caches.get(journal);
  if (!cache) {
    cache = {
      index: buildLogIndex(journal.entries()),
      facets: { seen: 0, authors: new Set(), channels: new Set() },
      filtered: null,
    };
    caches.set(journal, cache);
  }
  const entries = journal.entries();
  for (let i = cache.index.items.length; i < entries.length; i++) extendLogIndex(cache.index, entries[i]!);
  return cache;
}

export function filterJournal(journal: LogJournal, filter: LogFilterInput): Filtered & { index: LogIndex } {
  const cache = cacheFor(journal);
  const key = JSON.stringify(filter);
  const count = cache.index.items.length;
  if (cache.filtered && cache.filtered.key === key && cache.filtered.count === count) {
    return { ...cache.filtered, index: cache.index };
  }
  const started = performance.now();
  const positions = filterLog(cache.index, filter);
  const phaseRuns = runsOf(positions, cache.index.items);
  const filtered = { key, count, positions, phaseRuns, ms: performance.now() - started };
  cache.filtered = filtered;
  return { ...filtered, index: cache.index };
}

export function facetsOf(journal: LogJournal): { authors: string[]; channels: string[] } {
  const { index, facets } = cacheFor(journal);
  for (; facets.seen < index.items.length; facets.seen++) {
    const { entry } = index.items[facets.seen]!;
    const touched =
      entry.kind === 'correction' ? index.items[index.positionBySeq.get(entry.corrects) ?? -1] : undefined;
    for (const e of touched ? [entry, touched.effective] : [entry]) {
      facets.authors.add(e.author);
      const channel = channelOf(e);
      if (channel !== undefined) facets.channels.add(channel);
    }
  }
  const byDutch = (a: string, b: string) => a.localeCompare(b, 'nl');
  return { authors: [...facets.authors].sort(byDutch), channels: [...facets.channels].sort(byDutch) };
}

export function rowAt(journal: LogJournal, seq: number): LogRow | null {
  const cache = cacheFor(journal);
  const at = cache.index.positionBySeq.get(seq);
  return at === undefined ? null : toRow(cache.index.items[at]!);
}

/** A copy: the index's objects are updated in place when a later correction arrives. */
export function toRow(item: EffectiveEntry): LogRow {
  const corrected = item.correctedBy.length > 0;
  return {
    entry: item.entry,
    effective: corrected ? item.effective : null,
    correctedBy: [...item.correctedBy],
    changedFields: [...item.changedFields],
  };
}

/** Consecutive matches in one (effective) phase form one run, so a phase that returns is a new run. */
function runsOf(positions: readonly number[], items: readonly EffectiveEntry[]): PhaseRun[] {
  const runs: PhaseRun[] = [];
  let current: { phase: Phase; start: number; count: number } | undefined;
  for (let i = 0; i < positions.length; i++) {
    const phase = items[positions[i]!]!.effective.phase;
    if (!current || current.phase !== phase) {
      current = { phase, start: i, count: 0 };
      runs.push(current);
    }
    current.count++;
  }
  return runs;
}
