import type { BoardState } from '../shared/board/board-state';
import { deriveBoard, isClockEntry } from '../shared/board/derive';
import type { Incident } from '../shared/incident/schema';
import type { LogEntry, LogEntryBody } from '../shared/log/entry-schema';
import { CIP_2020_MATRIX } from '../shared/matrix/cip-2020';
import { applyCorrections } from '../shared/matrix/outcomes';
import { AUDIENCES, PHASES } from '../shared/model/vocabulary';
import { judgeIncident } from '../shared/verdicts/judge';
import type { Partner } from '../shared/verdicts/partners';
import { waitingCandidates } from '../shared/verdicts/waiting';

/**
 * From a logged action to the board's new state: what the back end derives for 'board.state'
 * (corrections, the history-aware verdict engine, the waiting candidates, the clock entries) plus
 * what the renderer runs on the answer (legal clocks and the waiting strip), over a log of N
 * entries. Rendering React is not included; its cost does not grow with the log.
 */
const RUNS = 50;
const WARMUP = 5;

const incident: Incident = {
  schemaVersion: 1,
  id: 'bench-incident',
  title: 'Bench',
  detectedAt: '2026-11-28T08:00:00.000Z',
  createdAt: '2026-11-28T08:00:00.000Z',
  natures: ['targetedThreat', 'unavailability', 'dataBreach'],
  visibility: {
    internal: 'certain',
    outsourcingPartners: 'likely',
    chainPartners: 'certain',
    customers: 'likely',
    public: 'no',
  },
  phase: 'solutionClear',
  phaseChangedAt: '2026-11-28T09:00:00.000Z',
  isExercise: true,
  status: 'open',
  closedAt: null,
};

/**
 * A realistic mix for a long incident: mostly free messages, observations and notes; one entry in
 * 25 is a message for a matrix action, one in 200 a "not applicable", one in 100 a correction.
 * (A log where every message hits the same few cells would measure an unrealistic case.)
 */
function body(i: number): LogEntryBody {
  const audience = AUDIENCES[i % AUDIENCES.length]!;
  if (i === 1)
    return {
      kind: 'incidentChange',
      changes: [
        { field: 'created', title: 'Bench', phase: 'problemUnclear' },
        { field: 'natures', from: [], to: incident.natures },
        { field: 'visibility', audience: 'internal', from: 'no', to: 'certain' },
        { field: 'visibility', audience: 'chainPartners', from: 'no', to: 'certain' },
      ],
    };
  // the incident moves through its phases and audiences start to see it, a change every 500 lines
  if (i % 500 === 2) {
    const step = Math.floor(i / 500) % 3;
    if (step === 0)
      return {
        kind: 'incidentChange',
        changes: [{ field: 'phase', from: 'problemUnclear', to: 'problemClear' }],
      };
    if (step === 1)
      return {
        kind: 'incidentChange',
        changes: [{ field: 'phase', from: 'problemClear', to: 'solutionClear' }],
      };
    return { kind: 'incidentChange', changes: [{ field: 'visibility', audience, from: 'no', to: 'likely' }] };
  }
  if (i % 100 === 5)
    return {
      kind: 'correction',
      corrects: i - 1,
      changes: { summary: `Gecorrigeerd ${i}` },
      reason: 'typfout',
    };
  if (i % 200 === 6)
    return {
      kind: 'decision',
      summary: '',
      subject: { type: 'actionNotApplicable', audience, action: 5, phase: 'solutionClear' },
      reason: 'bench',
    };
  if (i % 3 === 0)
    return {
      kind: 'messageSent',
      audience,
      action: i % 25 === 0 ? (i % 10) + 1 : null,
      recipients: [{ name: `Ontvanger ${i}`, protocolRef: i % 2 ? 'vgu' : 'sppd' }],
      channel: 'Telefoon',
      summary: `Bericht ${i}`,
      sentBy: 'Bench',
    };
  if (i % 3 === 1) return { kind: 'observation', summary: `Waarneming ${i}`, evaluatorNote: false };
  return { kind: 'note', summary: `Notitie ${i}` };
}

function makeEntries(n: number): LogEntry[] {
  const start = Date.parse(incident.detectedAt);
  return Array.from({ length: n }, (_, k) => {
    const at = new Date(start + k * 1000).toISOString();
    return {
      ...body(k + 1),
      seq: k + 1,
      incidentId: incident.id,
      recordedAt: at,
      occurredAt: at,
      author: 'Bench',
      phase: PHASES[Math.min(4, Math.floor((k / n) * 4))]!,
      prevHash: '0'.repeat(64),
    } as LogEntry;
  });
}

const PARTNERS: Partner[] = [
  { id: 'vgu', audience: 'chainPartners', organisation: 'VGU', personIds: [], wellKnown: null },
  { id: 'sppd', audience: 'chainPartners', organisation: 'SPPD', personIds: [], wellKnown: null },
];

/** What the back end does for board.state once the journal has the new line. */
function backEnd(entries: readonly LogEntry[]): Pick<BoardState, 'verdicts' | 'waiting' | 'clockEntries'> {
  const corrected = applyCorrections(entries);
  const verdicts = judgeIncident({
    matrix: CIP_2020_MATRIX.cells,
    incident,
    entries: corrected,
    partners: PARTNERS,
    normMinutes: 60,
  });
  return {
    verdicts,
    waiting: waitingCandidates(corrected, verdicts),
    clockEntries: corrected.filter(isClockEntry),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchBoard(): Promise<void> {
  console.log('board: logged action → new board state (history-aware verdicts + waiting + legal clocks)');
  for (const n of [1_000, 10_000]) {
    const entries = makeEntries(n);
    const times: number[] = [];
    const derive: number[] = [];
    const backend: number[] = [];
    for (let run = -WARMUP; run < RUNS; run++) {
      // each run is "one more action was logged": the log grew by one line
      const log = [...entries, { ...entries[0]!, ...body(1), seq: n + 1 + run } as LogEntry];
      const t0 = performance.now();
      const answer = backEnd(log);
      const t1 = performance.now();
      const state = { ...answer, incident, nis2Applies: true } as BoardState;
      deriveBoard(state, new Date(), 'nl');
      const t2 = performance.now();
      if (run < 0) continue;
      times.push(t2 - t0);
      backend.push(t1 - t0);
      derive.push(t2 - t1);
    }
    times.sort((a, b) => a - b);
    derive.sort((a, b) => a - b);
    backend.sort((a, b) => a - b);
    const f = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      `  ${String(n).padStart(6)} entries: total median ${f(percentile(times, 50))}, p95 ${f(percentile(times, 95))}` +
        ` — back end (corrections + verdict engine + waiting) median ${f(percentile(backend, 50))}, p95 ${f(percentile(backend, 95))};` +
        ` renderer's part (clocks + waiting strip) median ${f(percentile(derive, 50))}, p95 ${f(percentile(derive, 95))} (target p95 ≤ 16 ms)`,
    );
  }
}

export default benchBoard;
