import type { ExerciseState } from '../exercise/exercise-state';
import { type InjectRow, type InjectVerdict, injectRows } from '../exercise/inject-rows';
import { fill } from '../log/describe';
import { AUDIENCE_LABELS, type Locale } from '../matrix/labels';
import { type Block, type Cell, cell, type Tone } from './blocks';
import type { BuildContext } from './context';
import { reportTime } from './format';
import type { ReportSection } from './model';

/**
 * The exercise's script in the evaluation (issue 16): the scenario's objectives, then one row per
 * inject — when it went out, what the leader expected, the team's first response, the delay in
 * scenario minutes and the verdict. Self-contained: its own texts, the same inject rows as the
 * leader's screen (shared/exercise/inject-rows.ts), judged at the report's own "now".
 */
const T = {
  title: { nl: 'Draaiboek: injects en reacties', en: 'Script: injects and responses' },
  scenario: { nl: 'Scenario: {title}', en: 'Scenario: {title}' },
  objectives: { nl: 'Doelstellingen van het scenario', en: 'Objectives of the scenario' },
  table: { nl: 'Injects en reacties van het team', en: "Injects and the team's responses" },
  explain: {
    nl: 'Vertraging in scenariominuten: van het versturen van de inject tot de eerste passende reactie (een gelogde actie voor de verwachte doelgroep, of het vinkje van de oefenleider). Te laat is na de norm van de inject ({minutes} minuten tenzij anders vermeld).',
    en: 'Delay in scenario minutes: from the inject going out to the first matching response (a logged action for the expected audience, or the exercise leader’s tick). Late means after the inject’s norm ({minutes} minutes unless stated otherwise).',
  },
  cols: {
    inject: { nl: 'Inject', en: 'Inject' },
    fired: { nl: 'Verstuurd', en: 'Sent' },
    expected: { nl: 'Verwacht', en: 'Expected' },
    response: { nl: 'Eerste reactie', en: 'First response' },
    delay: { nl: 'Vertraging', en: 'Delay' },
    verdict: { nl: 'Oordeel', en: 'Verdict' },
  },
  action: { nl: 'Actie {action} · {audience}', en: 'Action {action} · {audience}' },
  tick: { nl: '{time} (afgevinkt)', en: '{time} (ticked)' },
  minutes: { nl: '{n} min', en: '{n} min' },
  norm: { nl: ' (norm {n} min)', en: ' (norm {n} min)' },
  skipped: { nl: 'overgeslagen', en: 'skipped' },
  notSent: { nl: 'niet verstuurd', en: 'not sent' },
  adHoc: { nl: 'ad hoc', en: 'ad hoc' },
  verdicts: {
    onTime: { nl: 'Op tijd', en: 'On time' },
    late: { nl: 'Te laat', en: 'Late' },
    missing: { nl: 'Geen reactie', en: 'No response' },
    waiting: { nl: 'Nog open', en: 'Still open' },
    noExpectation: { nl: 'Geen reactie verwacht', en: 'No response expected' },
  },
} as const;

const TONE: Record<InjectVerdict, Tone> = {
  onTime: 'good',
  late: 'warn',
  missing: 'bad',
  waiting: 'muted',
  noExpectation: 'muted',
};

const hmm = (minutes: number) => {
  const whole = Math.round(minutes);
  return `T+${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

function rowCells(row: InjectRow, L: Locale, defaultNorm: number): Cell[] {
  const expected = row.expect
    .map((e) =>
      e.audience && e.action
        ? fill(T.action[L], { action: e.action, audience: AUDIENCE_LABELS[e.audience].short[L] })
        : (e.description ?? ''),
    )
    .join('; ');
  const head = `${hmm(row.firedMinute ?? row.offsetMinutes)} · ${row.from}${row.adHoc ? ` (${T.adHoc[L]})` : ''}: ${row.summary}`;
  const fired = row.firedAt ? reportTime(row.firedAt) : row.state === 'skipped' ? T.skipped[L] : T.notSent[L];
  const response = row.firstResponseAt
    ? row.firstResponseBy === 'tick'
      ? fill(T.tick[L], { time: reportTime(row.firstResponseAt) })
      : reportTime(row.firstResponseAt)
    : '';
  const norm =
    row.respondWithinMinutes !== defaultNorm ? fill(T.norm[L], { n: row.respondWithinMinutes }) : '';
  return [
    cell(head),
    cell(fired),
    cell(expected),
    cell(response),
    cell(row.delayMinutes === null ? '' : fill(T.minutes[L], { n: row.delayMinutes })),
    row.verdict
      ? cell(`${T.verdicts[row.verdict][L]}${norm}`, TONE[row.verdict], row.verdict !== 'onTime')
      : cell(''),
  ];
}

export interface InjectsData {
  scenarioTitle: string;
  objectives: string[];
  rows: InjectRow[];
}

export function injectsSection(
  ctx: BuildContext,
  exercise: ExerciseState,
): ReportSection & { id: 'injects' } {
  const L = ctx.locale;
  const rows = injectRows(exercise, ctx.effective, new Date(ctx.generatedAt));
  const defaultNorm = exercise.scenario.respondWithinMinutes;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: T.title[L] },
    { kind: 'paragraph', text: fill(T.scenario[L], { title: exercise.scenario.title }) },
    ...(exercise.scenario.description
      ? [{ kind: 'paragraph' as const, text: exercise.scenario.description }]
      : []),
    { kind: 'heading', level: 2, text: T.objectives[L] },
    { kind: 'bullets', items: exercise.scenario.objectives.map((o) => o.text) },
    { kind: 'heading', level: 2, text: T.table[L] },
    { kind: 'paragraph', text: fill(T.explain[L], { minutes: defaultNorm }), italic: true },
    {
      kind: 'table',
      columns: [
        { header: T.cols.inject[L], weight: 4.4 },
        { header: T.cols.fired[L], weight: 1.3 },
        { header: T.cols.expected[L], weight: 2.5 },
        { header: T.cols.response[L], weight: 1.6 },
        { header: T.cols.delay[L], weight: 1.8 },
        { header: T.cols.verdict[L], weight: 1.6 },
      ],
      rows: rows.map((r) => rowCells(r, L, defaultNorm)),
    },
  ];
  return {
    id: 'injects',
    title: T.title[L],
    blocks,
    data: {
      scenarioTitle: exercise.scenario.title,
      objectives: exercise.scenario.objectives.map((o) => o.text),
      rows,
    },
  };
}
