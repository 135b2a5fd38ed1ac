import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/log/entry-schema';
import type { ReportModel } from '../../../shared/report/model';
import { scriptedExerciseSuite } from './scripted';

const scripted = scriptedExerciseSuite();

function section<I extends ReportModel['sections'][number]['id']>(model: ReportModel, id: I) {
  return model.sections.find((s) => s.id === id) as Extract<ReportModel['sections'][number], { id: I }>;
}

const shifted = (e: LogEntry, occurredAt: string, recordedAt: string): LogEntry => ({
  ...e,
  occurredAt,
  recordedAt,
});

describe('entries logged afterwards, and the repeated DST hour', () => {
  it('shows recorded-at beside occurred-at only past 5 minutes, and counts them in the figures', async () => {
    const base = scripted.exercise.entries;
    const at = (e: LogEntry, minutes: number) =>
      new Date(Date.parse(e.occurredAt) + minutes * 60_000).toISOString();
    const entries = base.map((e, i) => {
      if (i === 3) return shifted(e, e.occurredAt, at(e, 4 * 60 + 1)); // four hours later
      if (i === 4) return shifted(e, e.occurredAt, at(e, 5)); // exactly five minutes: live enough
      if (i === 5) return shifted(e, e.occurredAt, at(e, 6));
      return shifted(e, e.occurredAt, e.occurredAt);
    });
    const model = await scripted.model({ entries });
    const log = section(model, 'appendix').blocks.find((b) => b.kind === 'log');
    if (log?.kind !== 'log') throw new Error('no log block');
    const recorded = log.lines.filter((l) => l.recorded).map((l) => l.seq);
    expect(recorded).toEqual([base[3]!.seq, base[5]!.seq]);
    expect(log.lines.find((l) => l.seq === base[3]!.seq)?.recorded).toMatch(
      /^vastgelegd \d\d-\d\d-\d{4} \d\d:\d\d:\d\d, 4 u 01 min later$/,
    );
    expect(section(model, 'summary').data.totals.loggedLate).toBe(2);
    const facts = section(model, 'summary').blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
    expect(facts).toContainEqual(['Achteraf vastgelegd (meer dan 5 min na het gebeuren)', '2']);
  });

  it('an entry in the hour the clocks go back carries its offset in the appendix', async () => {
    const entries = scripted.exercise.entries.map((e, i) =>
      i === 0 ? shifted(e, '2026-10-25T01:15:00.000Z', '2026-10-25T01:15:00.000Z') : e,
    );
    const model = await scripted.model({ entries });
    const log = section(model, 'appendix').blocks.find((b) => b.kind === 'log');
    if (log?.kind !== 'log') throw new Error('no log block');
    expect(log.lines[0]?.time).toBe('25-10-2026 02:15:00 (+01:00)');
    expect(log.lines[1]?.time).not.toContain('(+');
  });
});
