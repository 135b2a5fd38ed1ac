import { describe, expect, it } from 'vitest';
import type { ExerciseState } from '../../../shared/exercise/exercise-state';
import type { LogEntry } from '../../../shared/log/entry-schema';
import type { Block } from '../../../shared/report/blocks';
import { at } from '../../fixtures/scripted-exercise';
import { scriptedExerciseSuite } from './scripted';

/**
 * Issue 16 in the evaluation report: the scenario's objectives and the inject table (fired at,
 * expected, first response, delay, verdict), and the escalation conditions met. The scripted
 * exercise's log is real; the exercise state says which injects went out when.
 */
const scripted = scriptedExerciseSuite();

function exercise(incidentId: string, seqOf: (hhmm: string) => number): ExerciseState {
  return {
    schemaVersion: 1,
    incidentId,
    scenario: {
      schemaVersion: 1,
      title: 'Storing Mijn DUR',
      objectives: [{ id: 'd1', text: 'Intern binnen een kwartier informeren' }],
      start: {
        natures: ['unavailability'],
        phase: 'problemUnclear',
        visibility: {
          internal: 'certain',
          outsourcingPartners: 'no',
          chainPartners: 'no',
          customers: 'no',
          public: 'no',
        },
      },
      respondWithinMinutes: 15,
      injects: [
        {
          id: 'melding',
          offsetMinutes: 0,
          from: 'Servicedesk',
          channel: 'Telefoon',
          summary: 'Portaal plat',
          expect: [{ audience: 'internal', action: 1 }],
        },
        {
          id: 'keten',
          offsetMinutes: 5,
          from: 'VGU',
          channel: 'E-mail',
          summary: 'Wat is er?',
          expect: [{ audience: 'chainPartners', action: 1 }],
        },
        {
          id: 'pers',
          offsetMinutes: 10,
          from: 'Pers',
          channel: 'Telefoon',
          summary: 'Reactie?',
          expect: [{ audience: 'public', action: 3 }],
        },
        { id: 'later', offsetMinutes: 300, from: 'AP', channel: 'E-mail', summary: 'Nooit', expect: [] },
      ],
    },
    loadedAt: at('09:30'),
    loadedBy: 'Marieke Jansen',
    status: 'running',
    clock: [{ at: at('09:35'), elapsedMs: 0, speed: 1, running: true }],
    fired: [
      { injectId: 'melding', at: at('09:35'), elapsedMs: 0, seq: seqOf('09:35') },
      { injectId: 'keten', at: at('09:40'), elapsedMs: 5 * 60_000, seq: seqOf('09:40') },
      { injectId: 'pers', at: at('09:45'), elapsedMs: 10 * 60_000, seq: seqOf('09:45') },
    ],
    skipped: [{ injectId: 'later', at: at('09:50'), by: 'Marieke Jansen' }],
    adHoc: [],
    ticks: [],
  };
}

const tableOf = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the inject table in the evaluation', () => {
  it('lists every inject with fired at, expected, first response, delay and verdict, in the analysis', async () => {
    const input = await scripted.input();
    const seqOf = () => 1; // the rows read the time, the seq only links back to the log
    const model = await scripted.model({ exercise: exercise(input.incident.id, seqOf) });
    const ids = model.sections.map((s) => s.id);
    // the inject table belongs to the analysis: right after the per-audience chapter
    expect(ids.indexOf('injects')).toBe(ids.indexOf('audiences') + 1);
    const section = model.sections.find((s) => s.id === 'injects');
    if (section?.id !== 'injects') throw new Error('no injects section');
    expect(section.blocks).toContainEqual({
      kind: 'bullets',
      items: ['Intern binnen een kwartier informeren'],
    });
    const rows = tableOf(section.blocks)?.rows.map((r) => r.map((c) => c.text)) ?? [];
    // internal action 1 logged at 09:41: 6 minutes after the inject, on time
    expect(rows[0]).toEqual([
      'T+0:00 · Servicedesk: Portaal plat',
      '09:35',
      'Actie 1 · Intern',
      '09:41',
      '6 min',
      'Op tijd',
    ]);
    // chain partners action 1 at 09:52: 12 minutes, on time
    expect(rows[1]?.slice(3)).toEqual(['09:52', '12 min', 'Op tijd']);
    // the public heard (action 3) only at 12:55: 190 minutes after the press asked, late and marked so
    expect(rows[2]?.slice(3)).toEqual(['12:55', '190 min', 'Te laat']);
    expect(tableOf(section.blocks)?.rows[2]?.[5]?.tone).toBe('warn');
    expect(rows[3]?.[1]).toBe('overgeslagen');
    // no script, no section; an aftercare report never has one
    const plain = await scripted.model();
    expect(plain.sections.some((s) => s.id === 'injects')).toBe(false);
    const aftercare = await scripted.model({
      kind: 'aftercare',
      exercise: exercise(input.incident.id, seqOf),
    });
    expect(aftercare.sections.some((s) => s.id === 'injects')).toBe(false);
  });

  it('lists the escalation conditions met, with when and by whom', async () => {
    const input = await scripted.input();
    const last = input.entries.at(-1) as LogEntry;
    const met: LogEntry = {
      ...last,
      seq: last.seq + 1,
      kind: 'decision',
      summary: '',
      subject: { type: 'escalationMet', conditionId: 'escalation-data-breach', text: 'Er is een datalek.' },
    } as LogEntry;
    const model = await scripted.model({ entries: [...input.entries, met], kind: 'aftercare' });
    const section = model.sections.find((s) => s.id === 'escalation');
    if (section?.id !== 'escalation') throw new Error('no escalation section');
    expect(section.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: '1 van de 3 escalatievoorwaarden uit het protocol zijn als voldaan vastgelegd.',
    });
    expect(tableOf(section.blocks)?.rows[0]?.map((c) => c.text)[0]).toBe('Er is een datalek.');
    expect(tableOf(section.blocks)?.rows[0]?.map((c) => c.text)[2]).toBe(met.author);
  });

  it('puts the media rounds in the one media picture: tone course, chart and what stood out', async () => {
    const input = await scripted.input();
    const last = input.entries.at(-1) as LogEntry;
    const round = (
      n: number,
      tone: 'neutral' | 'negative',
      volume: 'low' | 'storm',
      minutes: number,
      notable?: string,
    ): LogEntry =>
      ({
        ...last,
        seq: last.seq + n,
        occurredAt: new Date(Date.parse(last.occurredAt) + minutes * 60_000).toISOString(),
        kind: 'observation',
        summary: `Ronde ${n}`,
        medium: 'Social media',
        tone,
        evaluatorNote: false,
        mediaRound: { monitorId: 'media-social-media', volume, ...(notable ? { notable } : {}) },
      }) as LogEntry;
    const rounds = [
      round(1, 'neutral', 'low', 0, 'Eerste vragen over inloggen'),
      round(2, 'negative', 'storm', 30),
      round(3, 'neutral', 'low', 60),
    ];
    const model = await scripted.model({ entries: [...input.entries, ...rounds] });
    expect(model.sections.filter((s) => s.id === 'media')).toHaveLength(1);
    const section = model.sections.find((s) => s.id === 'media');
    if (section?.id !== 'media') throw new Error('no media picture');
    expect(section.data.items.filter((i) => i.source === 'mediaRound').map((i) => i.volume)).toEqual([
      'low',
      'storm',
      'low',
    ]);
    expect(section.blocks).toContainEqual({
      kind: 'bullets',
      items: ['Social media: 3 rondes; toon neutraal → negatief → neutraal'],
    });
    // the chart: one row per medium, a mark per round, the storm round as a red square at the top
    const chart = section.blocks.find((b) => b.kind === 'image');
    if (chart?.kind !== 'image') throw new Error('no chart');
    expect(chart.svg).toContain('>Social media<');
    expect(chart.svg.match(/<rect [^>]*fill="#B42318"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(chart.svg).toContain('<polyline');
    // what stood out: the round with a notable post and the negative storm, not the quiet third
    const notable = section.blocks.filter((b) => b.kind === 'table').at(-1);
    if (notable?.kind !== 'table') throw new Error('no table');
    const said = notable.rows.map((r) => r[5]?.text ?? '');
    expect(said.filter((t) => t.startsWith('Ronde'))).toEqual([
      'Ronde 1 · Eerste vragen over inloggen',
      'Ronde 2',
    ]);
    const storm = notable.rows.find((r) => r[5]?.text === 'Ronde 2');
    expect(storm?.[3]).toEqual({ text: 'storm', tone: 'bad' });
    expect(storm?.[4]).toEqual({ text: 'negatief', tone: 'bad' });
    expect(storm?.[2]?.text).toBe('ronde');
  });
});
