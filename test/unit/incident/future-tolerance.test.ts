import { describe, expect, it } from 'vitest';
import { isFuture } from '../../../shared/log/wall-clock';
import { FUTURE_TOLERANCE_MS, liesInFuture } from '../../../shared/model/future-time';
import { VISIBLE_INTERNAL_AND_CHAIN, withBackend } from './workspace';

describe('one margin for "in the future" (shared/model/future-time.ts)', () => {
  it('lets the current minute pass and refuses what lies beyond a minute ahead', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(FUTURE_TOLERANCE_MS).toBe(60_000);
    expect(liesInFuture('2026-11-28T12:00:59Z', now)).toBe(false);
    expect(liesInFuture('2026-11-28T12:01:00Z', now)).toBe(false);
    expect(liesInFuture('2026-11-28T12:01:01Z', now)).toBe(true);
    expect(liesInFuture(now + 2 * 60_000, new Date(now))).toBe(true);
  });

  it('the form and the incident service draw the line where the journal does', async () => {
    const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
    expect(isFuture(ahead(30_000))).toBe(false);
    expect(isFuture(ahead(3 * 60_000))).toBe(true);
    await withBackend({ sample: true }, async ({ call, fail }) => {
      const input = {
        title: 'Storing portaal',
        natures: ['unavailability' as const],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear' as const,
        isExercise: true,
        author: 'Anouk Meijer',
      };
      // three minutes ahead: refused now (the incident service used to allow five)
      expect(await fail('incident.create', { ...input, detectedAt: ahead(3 * 60_000) })).toBe(
        'incident.detectedInFuture',
      );
      const created = await call('incident.create', { ...input, detectedAt: ahead(30_000) });
      expect(created.title).toBe('Storing portaal');
    });
  });
});
