import { type LegalClock, legalClocks } from '../clocks/legal-clocks';
import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import { type EngineResult, evaluateMatrix, openActions } from '../matrix/engine';
import type { ActionOutcome } from '../matrix/outcomes';
import type { MatrixCells } from '../matrix/schema';

export interface BoardInput {
  incident: Incident;
  matrix: MatrixCells;
  outcomes: readonly ActionOutcome[];
  clockEntries: readonly LogEntry[];
  nis2Applies: boolean;
  now: Date;
}

export interface BoardView {
  engine: EngineResult;
  clocks: LegalClock[];
  openCount: number;
}

/** The matrix with statuses: changes only when the data does. */
export function boardEngine(input: Omit<BoardInput, 'clockEntries' | 'nis2Applies' | 'now'>): EngineResult {
  const { incident } = input;
  return evaluateMatrix({
    matrix: input.matrix,
    natures: incident.natures,
    visibility: incident.visibility,
    phase: incident.phase,
    outcomes: input.outcomes,
  });
}

/** The legal clocks: change every second, so kept apart from the (heavier) engine. */
export function boardClocks(input: Omit<BoardInput, 'matrix' | 'outcomes'>): LegalClock[] {
  return legalClocks({
    natures: input.incident.natures,
    detectedAt: input.incident.detectedAt,
    nis2Applies: input.nis2Applies,
    entries: input.clockEntries,
    now: input.now,
  });
}

/** What the board shows at `now`: the matrix with statuses, the legal clocks, the open count. Pure. */
export function deriveBoard(input: BoardInput): BoardView {
  const engine = boardEngine(input);
  return { engine, clocks: boardClocks(input), openCount: openActions(engine).length };
}

/** The entries the legal clocks look at; everything else in the log cannot stop a clock. */
export function isClockEntry(entry: LogEntry): boolean {
  return (
    entry.kind === 'regulatorNotification' ||
    (entry.kind === 'decision' && entry.subject?.type === 'notNotifiable')
  );
}
