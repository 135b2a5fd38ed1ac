import { describe, expect, it } from 'vitest';
import type { AudienceReport, ReportModel, ReportSection, SectionId } from '../../../shared/report/model';
import { at } from '../../fixtures/scripted-exercise';
import { scriptedExerciseSuite } from './scripted';

const scripted = scriptedExerciseSuite();

function section<I extends SectionId>(model: ReportModel, id: I): Extract<ReportSection, { id: I }> {
  const s = model.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s as Extract<ReportSection, { id: I }>;
}

function row(audiences: AudienceReport[], audience: string, phase: string, action: number) {
  const a = audiences.find((x) => x.audience === audience)!;
  return a.phases.find((p) => p.phase === phase)!.rows.find((r) => r.action === action)!;
}

describe('report model of the scripted exercise', () => {
  it('has the sections in the order evaluators use; the aftercare report with media, closing, lessons and approval', async () => {
    const evaluation = await scripted.model({ kind: 'evaluation' });
    expect(evaluation.sections.map((s) => s.id)).toEqual([
      'cover',
      'management',
      'overview',
      'objectives',
      'summary',
      'timeline',
      'audiences',
      'media',
      'evaluation',
      'findings',
      'recommendations',
      'plan',
      'protocolUpdates',
      'openPoints',
      'approval',
      'annex',
      'annex',
      'appendix',
    ]);
    // chapters numbered in reading order, the management summary first
    expect(evaluation.sections[1]!.title).toBe('1. Managementsamenvatting');
    expect(evaluation.sections[2]!.title).toBe('2. Overzicht van de oefening');
    expect(evaluation.sections.at(-1)!.title).toMatch(/^Bijlage C/);
    const aftercare = await scripted.model({ kind: 'aftercare' });
    expect(aftercare.sections.map((s) => s.id)).toEqual([
      'cover',
      'summary',
      'timeline',
      'audiences',
      'media',
      'closing',
      'openPoints',
      'findings',
      'recommendations',
      'plan',
      'approval',
      'appendix',
    ]);
    // without a saved evaluation the aftercare report has no lessons, and still an approval block
    const bare = await scripted.model({ kind: 'aftercare', evaluation: undefined });
    expect(bare.sections.map((s) => s.id)).not.toContain('findings');
    expect(bare.sections.map((s) => s.id)).toContain('approval');
  });

  it('puts the classification in the marking and the footer, and says it is an exercise', async () => {
    const model = await scripted.model({ classification: 'vertrouwelijk' });
    expect(model.classificationMark).toBe('VERTROUWELIJK');
    expect(model.footerText).toContain('VERTROUWELIJK');
    // a copied page says it is an exercise: the mark leads the header and the footer
    expect(model.exerciseMark).toBe('OEFENING');
    expect(model.headerText).toBe('OEFENING · VERTROUWELIJK');
    expect(model.footerText.startsWith('OEFENING · VERTROUWELIJK')).toBe(true);
    // the version moved from the footer to the colophon, which also credits CIP and names the matrix
    const colophon = section(model, 'cover').data.colophon.join('\n');
    expect(colophon).toContain('9.9.9-test');
    expect(colophon).toContain('Ketencommunicatie bij Crises (CIP, v1.1, 2020), CC BY-SA 4.0');
    expect(colophon).toMatch(/Matrix: CIP 2020/);
    const cover = section(model, 'cover').data;
    expect(cover.isExercise).toBe(true);
    expect(cover.exerciseText).toMatch(/OEFENING/);
    expect(cover.period).toEqual({ start: at('09:30'), end: at('16:15'), ongoing: false });
    const none = await scripted.model({ classification: 'none', language: 'en' });
    expect(none.classificationMark).toBe('');
    expect(section(none, 'cover').data.exerciseText).toMatch(/EXERCISE/);
  });

  it('measures every phase from the logged phase changes', async () => {
    const summary = section(await scripted.model(), 'summary').data;
    expect(summary.periods.map((p) => [p.phase, p.minutes])).toEqual([
      ['problemUnclear', 70],
      ['problemClear', 110],
      ['solutionClear', 100],
      ['solutionImplemented', 100],
      ['aftercare', 25],
    ]);
    expect(summary.visibility.find((v) => v.audience === 'internal')?.messages).toBe(6);
    expect(summary.visibility.find((v) => v.audience === 'outsourcingPartners')?.messages).toBe(0);
  });

  it('says which legal deadlines were met', async () => {
    const clocks = section(await scripted.model(), 'summary').data.clocks;
    const ap = clocks.find((c) => c.id === 'apDataBreach72h')!;
    expect(ap).toMatchObject({ state: 'stopped', metDeadline: true, stoppedAt: at('12:05') });
    expect(clocks.find((c) => c.id === 'nis2EarlyWarning24h')).toMatchObject({
      state: 'stopped',
      metDeadline: true,
    });
    // no NIS2 notification was logged: that clock ran out before the report was made
    expect(clocks.find((c) => c.id === 'nis2Notification72h')).toMatchObject({ state: 'running' });
    expect(clocks.find((c) => c.id === 'nis2Notification72h')!.marginMinutes).toBeLessThan(0);
  });

  it('lists per audience what the engine judged: done, late, partial, missed, already done, not applicable', async () => {
    const audiences = section(await scripted.model(), 'audiences').data;
    // internal could see the incident from 09:33 (it was created at 09:32): told at 09:41, 8 minutes after
    expect(row(audiences, 'internal', 'problemUnclear', 1)).toMatchObject({
      status: 'done',
      at: at('09:41'),
      minutesAfterDue: 8,
      by: 'Sanne Bos',
      channel: 'intranet',
    });
    // customers heard the facts 100 minutes into "problem clear": done, but late (norm 60)
    expect(row(audiences, 'customers', 'problemClear', 4)).toMatchObject({
      status: 'doneLate',
      minutesAfterDue: 100,
    });
    // only VGU heard the cause; SPPD did not
    expect(row(audiences, 'chainPartners', 'problemClear', 2)).toMatchObject({
      status: 'partial',
      partners: {
        told: ['Vereniging van Gemeentelijke Uitvoerders (VGU)'],
        notTold: ['Stichting Pensioenfonds Publieke Dienst (SPPD)'],
      },
    });
    expect(row(audiences, 'chainPartners', 'problemClear', 6)).toMatchObject({ status: 'missed' });
    // the data-breach procedure started in "problem clear" is not asked again in "solution clear"
    expect(row(audiences, 'internal', 'solutionClear', 6)).toMatchObject({
      status: 'satisfiedEarlier',
      donePhase: 'problemClear',
    });
    expect(row(audiences, 'internal', 'solutionImplemented', 9).status).toBe('notNeeded');
    expect(row(audiences, 'customers', 'solutionImplemented', 9)).toMatchObject({
      status: 'notApplicable',
      reason: 'Inloggen werkt zoals altijd',
    });
    const outsourcing = audiences.find((a) => a.audience === 'outsourcingPartners')!;
    expect(outsourcing.active).toBe(false);
    expect(row(audiences, 'outsourcingPartners', 'problemClear', 2)).toMatchObject({
      status: 'notRequired',
      notRequiredReason: 'notVisible',
    });
  });

  it('collects open points: action 10 not done, an unanswered question, a running deadline', async () => {
    const { open, done } = section(await scripted.model(), 'openPoints').data;
    const unanswered = open.filter((p) => p.kind === 'unanswered');
    // the VGU question was answered by a correction (awaitsAnswer → false); SPPD's was not
    expect(unanswered.map((p) => p.seq)).toEqual([18]);
    expect(open.filter((p) => p.kind === 'action10').map((p) => p.audience)).toEqual([
      'chainPartners',
      'customers',
    ]);
    expect(open.some((p) => p.kind === 'clock')).toBe(true);
    expect(done.map((p) => p.audience)).toEqual(['internal']);
  });

  it('proposes ratings from the log and lays the evaluator’s over them', async () => {
    const ratings = section(await scripted.model(), 'evaluation').data.ratings;
    const find = (a: string, p: string, n: number) =>
      ratings.find((r) => r.audience === a && r.phase === p && r.action === n)!;
    expect(find('internal', 'problemUnclear', 1)).toMatchObject({
      proposed: 'withoutProblems',
      rating: 'withoutProblems',
      overridden: false,
      remark: 'Snel en duidelijk',
    });
    expect(find('customers', 'problemClear', 4)).toMatchObject({
      proposed: 'someProblems',
      basis: 'late',
      rating: 'majorProblems',
      overridden: true,
    });
    expect(find('chainPartners', 'problemClear', 6)).toMatchObject({ proposed: 'notDone', basis: 'missed' });
    // not applicable and invisible audiences are not rated
    expect(ratings.some((r) => r.audience === 'outsourcingPartners')).toBe(false);
    expect(ratings.some((r) => r.audience === 'customers' && r.action === 9)).toBe(false);
  });

  it('shows every entry in the appendix with its corrections beside it, and the integrity statement', async () => {
    const model = await scripted.model();
    const appendix = section(model, 'appendix');
    const log = appendix.blocks.find((b) => b.kind === 'log');
    if (log?.kind !== 'log') throw new Error('no log block');
    expect(log.lines).toHaveLength(scripted.exercise.entries.length);
    const corrected = log.lines.find((l) => l.seq === 24)!;
    expect(corrected.summary).toContain('volgende update 14:00');
    expect(corrected.corrections[0]).toContain('14:30');
    expect(appendix.data.integrity).toMatchObject({ ok: true, count: scripted.exercise.entries.length });
    expect(appendix.data.integrity.text).toContain(`${scripted.exercise.entries.length} regels`);
    expect(appendix.data.integrity.headHash).toMatch(/^[0-9a-f]{64}$/);

    const broken = await scripted.model({ verification: { ok: false, count: 12, headHash: 'a'.repeat(64) } });
    expect(section(broken, 'appendix').data.integrity.text).toMatch(/NIET aantoonbaar/);
  });

  it('is pure: the same input gives the same model', async () => {
    expect(JSON.stringify(await scripted.model())).toBe(JSON.stringify(await scripted.model()));
  });
});

describe('report time formatting', () => {
  it('matches the log’s Amsterdam formatting, also across the change to and from summer time', async () => {
    const { reportDateTimeSeconds } = await import('../../../shared/report/format');
    const { formatAmsterdam } = await import('../../../shared/log/time');
    const instants = [
      '2026-03-29T00:59:59.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T00:59:59.000Z',
      '2026-10-25T01:00:00.000Z',
      '2026-11-19T08:30:00.000Z',
      '2026-07-01T23:30:15.000Z',
    ];
    for (const iso of instants)
      expect(reportDateTimeSeconds(iso)).toBe(formatAmsterdam(iso, 'dd-MM-yyyy HH:mm:ss'));
  });
});
