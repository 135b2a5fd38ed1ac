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
  /**
   * Received question (seq) → the messages that answer it (inReplyTo), extended like the facets, so
   * a row can say "beantwoord in regel 14" without a walk over the journal per page.
   */
  replies: { seen: number; bySeq: Map<number, number[]> };
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
      replies: { seen: 0, bySeq: new Map() },
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
  return at === undefined ? null : toRow(cache.index.items[at]!, repliesOf(journal));
}

/** Question seq → seqs of the messages that answer it, brought up to date with the journal. */
export function repliesOf(journal: LogJournal): ReadonlyMap<number, readonly number[]> {
  const { index, replies } = cacheFor(journal);
  for (; replies.seen < index.items.length; replies.seen++) {
    const { entry } = index.items[replies.seen]!;
    // A correction that moves a reply to another question is rare: start the map over.
    if (entry.kind === 'correction' && 'inReplyTo' in entry.changes) {
      replies.bySeq.clear();
      for (let i = 0; i <= replies.seen; i++) addReply(replies.bySeq, index.items[i]!.effective);
    } else addReply(replies.bySeq, entry);
  }
  return replies.bySeq;
}

function addReply(bySeq: Map<number, number[]>, entry: EffectiveEntry['entry']): void {
  if (entry.kind !== 'messageSent' || entry.inReplyTo === undefined) return;
  const list = bySeq.get(entry.inReplyTo);
  if (list) list.push(entry.seq);
  else bySeq.set(entry.inReplyTo, [entry.seq]);
}

/** A copy: the index's objects are updated in place when a later correction arrives. */
export function toRow(item: EffectiveEntry, replies?: ReadonlyMap<number, readonly number[]>): LogRow {
  const corrected = item.correctedBy.length > 0;
  const answeredBy = replies?.get(item.entry.seq);
  return {
    entry: item.entry,
    effective: corrected ? item.effective : null,
    correctedBy: [...item.correctedBy],
    changedFields: [...item.changedFields],
    ...(answeredBy ? { answeredBy: [...answeredBy] } : {}),
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
