import { describe, expect, it } from 'vitest';
import { checkCorrection, effectiveEntries } from '../../../shared/log/corrections';
import { makeEntries } from './entries';

const entries = makeEntries([
  { kind: 'note', summary: 'Storing gemeld door servicedesk' },
  {
    kind: 'messageSent',
    audience: 'customers',
    action: 3,
    recipients: [{ name: 'Webredactie' }],
    channel: 'website',
    summary: 'Bericht op website',
    sentBy: 'Bram',
  },
  {
    kind: 'correction',
    corrects: 2,
    changes: { audience: 'public', channel: 'X' },
    reason: 'verkeerde doelgroep',
  },
  { kind: 'correction', corrects: 2, changes: { channel: 'website en X' }, reason: 'beide kanalen' },
  { kind: 'correction', corrects: 3, changes: { reason: 'x' }, reason: 'correctie op correctie' },
  { kind: 'correction', corrects: 1, changes: { summary: '' }, reason: 'ongeldig resultaat' },
]);

describe('effectiveEntries', () => {
  it('applies corrections in order, later ones winning per field, originals kept', () => {
    const eff = effectiveEntries(entries);
    const msg = eff[1]!;
    expect(msg.entry).toBe(entries[1]);
    expect(msg.entry).toMatchObject({ audience: 'customers', channel: 'website' });
    expect(msg.effective).toMatchObject({ audience: 'public', channel: 'website en X', seq: 2 });
    expect(msg.correctedBy).toEqual([3, 4]);
    expect(msg.changedFields).toEqual(['audience', 'channel']);
  });

  it('ignores corrections that are invalid or point at a correction', () => {
    const eff = effectiveEntries(entries);
    expect(eff[0]!.correctedBy).toEqual([]);
    expect(eff[0]!.effective).toBe(entries[0]);
    expect(eff[2]!.correctedBy).toEqual([]);
  });
});

describe('checkCorrection', () => {
  const target = entries[1]!;
  it('accepts a valid correction', () => {
    expect(checkCorrection(target, { corrects: 2, changes: { summary: 'beter' } }, 7)).toBeNull();
  });
  it('names the problem in Dutch and English', () => {
    const cases: Array<[Parameters<typeof checkCorrection>, string]> = [
      [[undefined, { corrects: 99, changes: { summary: 'x' } }, 7], 'targetMissing'],
      [[target, { corrects: 2, changes: { summary: 'x' } }, 2], 'targetNotEarlier'],
      [[entries[2]!, { corrects: 3, changes: { reason: 'x' } }, 7], 'targetIsCorrection'],
      [[target, { corrects: 2, changes: {} }, 7], 'noChanges'],
      [[target, { corrects: 2, changes: { recordedAt: '2026-01-01T00:00:00.000Z' } }, 7], 'immutableField'],
      [[target, { corrects: 2, changes: { audience: 'everyone' } }, 7], 'invalidResult'],
      [[target, { corrects: 2, changes: { occurredAt: '2099-01-01T00:00:00.000Z' } }, 7], 'occurredInFuture'],
    ];
    for (const [args, code] of cases) {
      const problem = checkCorrection(...args);
      expect(problem?.code).toBe(code);
      expect(problem?.nl).toBeTruthy();
      expect(problem?.en).toBeTruthy();
    }
  });
});

describe('logEntryFlatSchema', () => {
  it('has every kind and agrees with logEntrySchema', async () => {
    const { logEntryFlatSchema } = await import('../../../shared/log/parse-entry');
    const { logEntryBodySchema, logEntrySchema } = await import('../../../shared/log/entry-schema');
    expect(logEntryFlatSchema.options.length).toBe(logEntryBodySchema.options.length);
    const { buildJournalLines } = await import('../../fixtures/log-journal-builder');
    const samples: unknown[] = [
      ...entries,
      ...buildJournalLines(20, 'inc-flat').map((l) => JSON.parse(l) as unknown),
      { ...entries[0], seq: 0 },
      { ...entries[0], kind: 'unknown' },
      { ...entries[1], audience: 'nobody' },
      { ...entries[0], extra: 'stripped' },
    ];
    for (const sample of samples) {
      const a = logEntryFlatSchema.safeParse(sample);
      const b = logEntrySchema.safeParse(sample);
      expect(a.success).toBe(b.success);
      if (a.success && b.success) expect(a.data).toEqual(b.data);
    }
  });
});
