import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/report/blocks';
import { evaluationV1toV2 } from '../../../shared/report/evaluation-migrations';
import { evaluationSchema } from '../../../shared/report/evaluation-schema';
import type { ReportModel, ReportSection, SectionId } from '../../../shared/report/model';
import { scriptedExerciseSuite } from './scripted';

const scripted = scriptedExerciseSuite();

function section<I extends SectionId>(model: ReportModel, id: I): ReportSection & { id: I } {
  const s = model.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s as ReportSection & { id: I };
}

/** All text a section prints, flattened: what a reader of that chapter sees. */
function textOf(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading' || b.kind === 'paragraph') return b.text;
      if (b.kind === 'bullets') return b.items.join('\n');
      if (b.kind === 'facts') return b.rows.map((r) => r.join(': ')).join('\n');
      if (b.kind === 'table')
        return [
          b.columns.map((c) => c.header).join(' | '),
          ...b.rows.map((r) => r.map((c) => c.text).join(' | ')),
        ].join('\n');
      return '';
    })
    .join('\n');
}

describe('the evaluation report', () => {
  it('opens with the management summary: conclusions, objectives and actions counted, top strengths', async () => {
    const text = textOf(section(await scripted.model(), 'management').blocks);
    expect(text).toContain('Klanten hoorden te laat wat er speelde');
    expect(text).toContain('Doelen: 1 behaald, 1 deels behaald, 0 niet behaald.');
    expect(text).toMatch(/Van de \d+ acties die de matrix vroeg zijn er \d+ op tijd gedaan/);
    expect(text).toContain('Woordvoering was direct belegd');
    expect(text).toContain('1 met hoge prioriteit');
  });

  it('gives the overview first and every objective a verdict with findings', async () => {
    const model = await scripted.model();
    const overview = textOf(section(model, 'overview').blocks);
    for (const part of [
      'Table-top-oefening',
      'Oefenleider: Marieke Jansen',
      'SPPD (gesimuleerd)',
      'Reikwijdte',
      'Werkwijze',
    ])
      expect(overview).toContain(part);
    const objectives = textOf(section(model, 'objectives').blocks);
    expect(objectives).toContain(
      '1. Binnen een uur alle geraakte doelgroepen informeren | deels behaald | Intern en de ketenpartners',
    );
    expect(objectives).toContain('2. Datalek binnen de termijn melden bij de AP | behaald');
  });

  it('ties strengths to objectives and lists the improvement plan with finding, organisation, status and priority', async () => {
    const model = await scripted.model();
    const findings = textOf(section(model, 'findings').blocks);
    expect(findings).toContain('Doel 1: Binnen een uur alle geraakte doelgroepen informeren');
    const plan = textOf(section(model, 'plan').blocks);
    expect(plan).toContain(
      'Bevinding | Actie | Eigenaar | Organisatie | Start | Gereed | Status | Prioriteit',
    );
    expect(plan).toContain(
      'Klantteksten vooraf klaarzetten voor een datalek | Sjabloon klantbericht datalek opstellen | Sanne Bos | DUR, Communicatie | 01-12-2026 | 15-01-2027 | loopt | hoog',
    );
    expect(textOf(section(model, 'protocolUpdates').blocks)).toMatch(
      /Gereedheid van het protocol: \d+ van \d+ controles in orde \(\d+%/,
    );
  });

  it('puts participants and observer notes in appendices before the log', async () => {
    const model = await scripted.model();
    const annexes = model.sections.filter((s) => s.id === 'annex').map((s) => textOf(s.blocks));
    expect(annexes[0]).toContain('Sanne Bos | woordvoerder');
    expect(annexes[0]).toContain('Esther van Dijk | waarnemer | DUR, FG');
    expect(annexes[1]).toContain('het crisisteam wist binnen tien minuten wie de woordvoering had');
  });

  it('is retitled "Evaluatie van het incident" for a real incident, without exercise words', async () => {
    const input = await scripted.input();
    const model = await scripted.model({ incident: { ...input.incident, isExercise: false } });
    expect(model.title).toMatch(/^Evaluatie van het incident — /);
    expect(model.exerciseMark).toBe('');
    expect(section(model, 'overview').title).toBe('2. Overzicht van het incident');
    expect(textOf(section(model, 'overview').blocks)).toContain('Wat er gebeurde');
    expect(textOf(section(model, 'management').blocks)).toContain('over het incident');
  });
});

describe('the aftercare report', () => {
  it('shows the media picture by medium and tone, per phase', async () => {
    const media = section(await scripted.model({ kind: 'aftercare' }), 'media').data;
    expect(media.byMedium).toEqual([
      { medium: 'X', counts: { positive: 0, neutral: 0, negative: 1, unknown: 0 }, total: 1 },
    ]);
    expect(media.byPhase.map((p) => p.phase)).toEqual(['problemUnclear']);
    expect(media.items[0]).toMatchObject({ source: 'observation', seq: 7, tone: 'negative' });
  });

  it('says per audience what action 10 yielded and which partners got a closing message', async () => {
    const input = await scripted.input();
    const evaluation = {
      ...input.evaluation!,
      action10Outcomes: [{ audience: 'internal' as const, outcome: 'Geen vragen meer bij de teams' }],
    };
    const closing = section(await scripted.model({ kind: 'aftercare', evaluation }), 'closing');
    expect(closing.data.action10.find((a) => a.audience === 'internal')).toMatchObject({
      status: 'done',
      outcome: 'Geen vragen meer bij de teams',
    });
    expect(closing.data.action10.find((a) => a.audience === 'customers')?.status).toBe('missed');
    const byName = new Map(closing.data.partners.map((p) => [p.name, p]));
    expect(byName.get('Vereniging van Gemeentelijke Uitvoerders (VGU)')?.closedAt).not.toBeNull();
    expect(byName.get('Stichting Pensioenfonds Publieke Dienst (SPPD)')?.closedAt).toBeNull();
    expect(textOf(closing.blocks)).toMatch(
      /Stichting Pensioenfonds Publieke Dienst \(SPPD\) \| ketenpartner \| nee/,
    );
  });

  it('has an approval block, filled in from the evaluation or left to sign', async () => {
    const input = await scripted.input();
    const blank = textOf(section(await scripted.model({ kind: 'aftercare' }), 'approval').blocks);
    expect(blank).toContain('Vastgesteld door: ……');
    const evaluation = {
      ...input.evaluation!,
      approval: { by: 'J. de Vries', role: 'directeur', on: '2026-12-02' },
    };
    const filled = textOf(
      section(await scripted.model({ kind: 'aftercare', evaluation }), 'approval').blocks,
    );
    expect(filled).toContain('Vastgesteld door: J. de Vries');
    expect(filled).toContain('Datum: 02-12-2026');
  });
});

describe('evaluation migration 1 → 2', () => {
  it('keeps every text the evaluator wrote and gives the new fields their defaults', () => {
    const v1 = {
      schemaVersion: 1,
      exercise: {
        date: '2026-11-19',
        scenario: 'Storing',
        objectives: ['Snel informeren'],
        participants: [{ name: 'A', role: 'b' }],
        observers: [],
      },
      lateAfterMinutes: 60,
      ratings: [],
      strengths: ['Goed'],
      pointsToImprove: ['Sneller'],
      improvementActions: [{ what: 'Sjabloon', owner: 'Sanne', due: '2027-01-15' }],
      readinessSnapshot: null,
      protocolUpdates: [],
      nextExerciseDate: null,
      updatedAt: null,
      updatedBy: '',
    };
    const v2 = evaluationSchema.parse(evaluationV1toV2(v1));
    expect(v2.exercise.objectives).toEqual([{ text: 'Snel informeren', verdict: null, findings: '' }]);
    expect(v2.strengths).toEqual([{ text: 'Goed', objective: null }]);
    expect(v2.pointsToImprove).toEqual([{ text: 'Sneller', objective: null }]);
    expect(v2.improvementActions[0]).toEqual({
      finding: '',
      what: 'Sjabloon',
      owner: 'Sanne',
      organisation: '',
      start: null,
      due: '2027-01-15',
      status: 'planned',
      priority: 'medium',
    });
    expect(v2.exercise.scenario).toBe('Storing');
    expect(v2.approval).toEqual({ by: '', role: '', on: null });
  });
});

describe('a phase visited twice', () => {
  it('is shown with both of its starts, from the engine’s history', async () => {
    const input = await scripted.input();
    const template = input.entries.find((e) => e.seq === 32)!; // Oplossing duidelijk → Opgelost, 14:10
    if (template.kind !== 'incidentChange') throw new Error('not a phase change');
    const at = (hhmm: string) => new Date(`2026-11-19T${hhmm}:00+01:00`).toISOString();
    const back = {
      ...template,
      seq: 43,
      occurredAt: at('15:00'),
      recordedAt: at('15:00'),
      change: { field: 'phase' as const, from: 'solutionImplemented' as const, to: 'solutionClear' as const },
    };
    const forward = {
      ...template,
      seq: 44,
      occurredAt: at('15:20'),
      recordedAt: at('15:20'),
      change: { field: 'phase' as const, from: 'solutionClear' as const, to: 'solutionImplemented' as const },
    };
    const model = await scripted.model({ kind: 'aftercare', entries: [...input.entries, back, forward] });
    const summary = section(model, 'summary');
    if (summary.id !== 'summary') throw new Error('no summary');
    expect(summary.data.periods.filter((p) => p.phase === 'solutionClear')).toHaveLength(2);
    const text = textOf(section(model, 'audiences').blocks);
    expect(text).toContain('De oplossing is bekend — begonnen 19-11-2026 12:30 en opnieuw 19-11-2026 15:00');
  });
});
