import type { ExerciseView } from '../../../shared/api/exercise-api';
import type { ExerciseState } from '../../../shared/exercise/exercise-state';
import { injectRows } from '../../../shared/exercise/inject-rows';
import { elapsedAt } from '../../../shared/exercise/scenario-clock';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { applyCorrections } from '../../../shared/matrix/outcomes';

/** The leader's view of an exercise at `now`: the clock, the objectives and every inject's timing. */
export function exerciseView(
  state: ExerciseState,
  incident: Incident,
  entries: readonly LogEntry[],
  now: Date,
): ExerciseView {
  const last = state.clock.at(-1);
  return {
    incidentId: state.incidentId,
    incidentTitle: incident.title,
    scenarioTitle: state.scenario.title,
    objectives: state.scenario.objectives,
    status: state.status,
    speed: last?.speed ?? 1,
    elapsedMs: Math.round(elapsedAt(state.clock, now.getTime())),
    now: now.toISOString(),
    // the first running stretch: a speed set before the start opens a standing one that is not the start
    startedAt: state.clock.find((s) => s.running)?.at ?? null,
    rows: injectRows(state, applyCorrections(entries), now),
  };
}
