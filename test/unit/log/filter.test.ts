import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { buildLogIndex, extendLogIndex, filterLog, logFacets } from '../../../shared/log/filter';
import { groupByPhase } from '../../../shared/log/group';
import { buildJournalLines } from '../../fixtures/log-journal-builder';
import { makeEntries } from './entries';

const entries = makeEntries([
  {
    kind: 'messageSent',
    audience: 'chainPartners',
    action: 1,
    recipients: [{ name: 'Kees Visser', organisation: 'Gemeente Zwolle' }],
    channel: 'Telefoon',
    summary: 'Ketenpartner gebeld over storing',
    fullText: 'Uitleg over het onderzoek naar de oorzaak',
    sentBy: 'Bram',
  },
  {
    kind: 'messageReceived',
    from: 'NOS redactie',
    channel: 'e-mail',
    summary: 'Vraag naar omvang',
    author: 'Chantal',
    phase: 'problemClear',
  },
  { kind: 'decision', summary: 'Website offline gehaald', phase: 'problemClear' },
  {
    kind: 'messageSent',
    audience: 'customers',
    action: null,
    recipients: [],
    channel: 'website',
    summary: 'Klanten geïnformeerd',
    sentBy: 'Bram',
    phase: 'problemUnclear',
  },
]);

const seqs = (index: ReturnType<typeof buildLogIndex>, f: Parameters<typeof filterLog>[1]) =>
  filterLog(index, f).map((i) => index.items[i]!.entry.seq);

describe('filterLog', () => {
  const index = buildLogIndex(entries);

  it('matches free text across summary, full text, recipients and sender, all words, any case and accents', () => {
    expect(seqs(index, { text: 'gemeente zwolle' })).toEqual([1]);
    expect(seqs(index, { text: 'OORZAAK' })).toEqual([1]);
    expect(seqs(index, { text: 'nos' })).toEqual([2]);
    expect(seqs(index, { text: 'geinformeerd' })).toEqual([4]);
    expect(seqs(index, { text: 'storing kees' })).toEqual([1]);
    expect(seqs(index, { text: 'storing nos' })).toEqual([]);
    expect(seqs(index, { text: '   ' })).toEqual([1, 2, 3, 4]);
  });

  it('filters on kind, audience, action, channel, author and phase together', () => {
    expect(seqs(index, { kinds: ['messageSent'] })).toEqual([1, 4]);
    expect(seqs(index, { audiences: ['customers'] })).toEqual([4]);
    expect(seqs(index, { actions: [1] })).toEqual([1]);
    expect(seqs(index, { actions: [null] })).toEqual([4]);
    expect(seqs(index, { channels: ['telefoon'] })).toEqual([1]);
    expect(seqs(index, { authors: ['chantal'] })).toEqual([2]);
    expect(seqs(index, { phases: ['problemClear'] })).toEqual([2, 3]);
    expect(seqs(index, { phases: ['problemClear'], kinds: ['decision'] })).toEqual([3]);
    expect(seqs(index, { kinds: [] })).toEqual([1, 2, 3, 4]);
  });

  it('extends on append; a correction changes the facets and adds its words', () => {
    const live = buildLogIndex(entries);
    const [correction] = makeEntries([
      ...entries.map(() => ({ kind: 'note' as const, summary: 'x' })),
      {
        kind: 'correction',
        corrects: 4,
        changes: { audience: 'public', summary: 'Persbericht uitgegeven' },
        reason: 'was het publiek',
      },
    ]).slice(-1) as [LogEntry];
    extendLogIndex(live, correction);
    expect(seqs(live, { audiences: ['public'] })).toEqual([4]);
    expect(seqs(live, { text: 'persbericht' })).toEqual([4, 5]);
    expect(seqs(live, { text: 'geinformeerd' })).toEqual([4]);
    expect(live.items[3]!.correctedBy).toEqual([5]);
  });

  it('lists distinct authors and channels for the dropdowns', () => {
    expect(logFacets(index)).toEqual({
      authors: ['Anouk', 'Chantal'],
      channels: ['e-mail', 'Telefoon', 'website'],
    });
  });

  it('searches 100,000 entries by free text', () => {
    const big = buildJournalLines(100_000, 'big').map((l) => JSON.parse(l) as LogEntry);
    const bigIndex = buildLogIndex(big);
    const start = performance.now();
    const hits = filterLog(bigIndex, { text: 'regel 4242:' });
    const ms = performance.now() - start;
    // substring search: "regel 4242:" is also in "regel 14242:", "regel 24242:" …
    expect(hits.map((i) => bigIndex.items[i]!.entry.seq)).toEqual(
      Array.from({ length: 10 }, (_, k) => k * 10_000 + 4243),
    );
    // A generous bound so a busy CI box does not fail; the bench prints the real figure.
    expect(ms).toBeLessThan(1000);
  });
});

describe('groupByPhase', () => {
  it('groups consecutive runs and opens a new group when a phase returns', () => {
    const groups = groupByPhase(entries, (e) => e.phase);
    expect(groups.map((g) => [g.phase, g.items.map((e) => e.seq)])).toEqual([
      ['problemUnclear', [1]],
      ['problemClear', [2, 3]],
      ['problemUnclear', [4]],
    ]);
  });
});
