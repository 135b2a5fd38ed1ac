import type { VisibilityByAudience } from '../incident/schema';
import {
  AUDIENCES,
  type Audience,
  NATURES,
  type Nature,
  PHASES,
  type Phase,
  type Visibility,
} from '../model/vocabulary';
import type { ActionOutcome } from './outcomes';
import type { MatrixCells } from './schema';

export type { ActionOutcome } from './outcomes';

export type PhaseTiming = 'past' | 'current' | 'future';
export type ActionStatus = 'open' | 'done' | 'notApplicable' | 'missed' | 'preview';

export interface EngineInput {
  matrix: MatrixCells;
  natures: readonly Nature[];
  visibility: VisibilityByAudience;
  phase: Phase;
  outcomes: readonly ActionOutcome[];
}

export interface ActionState {
  action: number;
  /** the incident's natures (in NATURES order) whose column asks for this action */
  natures: Nature[];
  status: ActionStatus;
  outcome?: ActionOutcome;
}

export interface PhaseState {
  phase: Phase;
  timing: PhaseTiming;
  /** recommended actions: the union over the incident's natures, ascending */
  actions: ActionState[];
  /** logged outcomes for actions the matrix did not ask for here; reports show them as extra work */
  extraOutcomes: ActionOutcome[];
}

export interface AudienceState {
  audience: Audience;
  visibility: Visibility;
  /** false when the incident is not visible to this audience: the board dims it and asks nothing */
  active: boolean;
  phases: PhaseState[];
}

export type EngineResult = AudienceState[];

/**
 * Past means: before the current phase in PHASES order. Phases are not always walked one by one
 * (an incident may jump from problemUnclear to solutionClear); a skipped phase still counts as
 * past, so its unhandled actions show as missed. That is deliberate: the crisis team sees what the
 * matrix would have asked and can log "not applicable" with a reason, which the report keeps.
 */
export function phaseTiming(phase: Phase, current: Phase): PhaseTiming {
  const diff = PHASES.indexOf(phase) - PHASES.indexOf(current);
  if (diff < 0) return 'past';
  return diff === 0 ? 'current' : 'future';
}

/** The union of the cell's actions over the given natures, ascending, each with the natures asking for it. */
export function recommendedActions(
  matrix: MatrixCells,
  audience: Audience,
  phase: Phase,
  natures: readonly Nature[],
): { action: number; natures: Nature[] }[] {
  const byAction = new Map<number, Nature[]>();
  // Walk NATURES rather than the input so duplicates collapse and the order is stable.
  for (const nature of NATURES) {
    if (!natures.includes(nature)) continue;
    for (const action of matrix[audience][phase][nature]) {
      const list = byAction.get(action) ?? [];
      if (!list.includes(nature)) list.push(nature);
      byAction.set(action, list);
    }
  }
  return [...byAction.entries()].sort(([a], [b]) => a - b).map(([action, n]) => ({ action, natures: n }));
}

/**
 * When a cell has several outcomes, a 'done' beats 'notApplicable' (a message that went out is a
 * fact, whatever was decided), and among equals the earliest in the log counts: that is when the
 * action was first handled.
 */
function pickOutcome(candidates: readonly ActionOutcome[]): ActionOutcome | undefined {
  let best: ActionOutcome | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    else if (c.status === 'done' && best.status !== 'done') best = c;
    else if (c.status === best.status && c.logSeq < best.logSeq) best = c;
  }
  return best;
}

/**
 * Status of an action without outcome, by the phase's timing. An inactive audience (visibility
 * 'no') is never asked to act: its actions are always 'preview', in every phase, so it can never
 * show 'open' or 'missed'. Outcomes logged for it anyway still show as done / not applicable.
 */
function statusWithoutOutcome(timing: PhaseTiming, active: boolean): ActionStatus {
  if (!active || timing === 'future') return 'preview';
  return timing === 'past' ? 'missed' : 'open';
}

const cellKey = (audience: Audience, phase: Phase, action: number) => `${audience}|${phase}|${action}`;

/**
 * The board's matrix for one incident: per audience (AUDIENCES order) and phase (PHASES order)
 * the recommended actions with their status. Pure: same input, same output.
 *
 * Known simplification: it uses the incident's current natures and visibility for every phase,
 * also past ones, because those are what the crisis team now believes to be true.
 */
export function evaluateMatrix(input: EngineInput): EngineResult {
  // one pass over the outcomes, pushing in place: the board re-evaluates on every logged line
  const outcomesByCell = new Map<string, ActionOutcome[]>();
  const outcomesByRow = new Map<string, ActionOutcome[]>();
  for (const o of input.outcomes) {
    pushTo(outcomesByCell, cellKey(o.audience, o.phase, o.action), o);
    pushTo(outcomesByRow, `${o.audience}|${o.phase}`, o);
  }

  return AUDIENCES.map((audience) => {
    const visibility = input.visibility[audience];
    const active = visibility !== 'no';
    const phases = PHASES.map((phase): PhaseState => {
      const timing = phaseTiming(phase, input.phase);
      const recommended = recommendedActions(input.matrix, audience, phase, input.natures);
      const actions = recommended.map(({ action, natures }): ActionState => {
        const outcome = pickOutcome(outcomesByCell.get(cellKey(audience, phase, action)) ?? []);
        if (outcome) return { action, natures, status: outcome.status, outcome };
        return { action, natures, status: statusWithoutOutcome(timing, active) };
      });
      const asked = new Set(recommended.map((r) => r.action));
      const extraOutcomes = (outcomesByRow.get(`${audience}|${phase}`) ?? []).filter(
        (o) => !asked.has(o.action),
      );
      return { phase, timing, actions, extraOutcomes };
    });
    return { audience, visibility, active, phases };
  });
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface OpenAction {
  audience: Audience;
  phase: Phase;
  action: number;
  natures: Nature[];
}

/** What the crisis team still has to do now: open actions in the current phase of active audiences. */
export function openActions(result: EngineResult): OpenAction[] {
  const open: OpenAction[] = [];
  for (const a of result) {
    if (!a.active) continue;
    for (const p of a.phases) {
      if (p.timing !== 'current') continue;
      for (const s of p.actions) {
        if (s.status === 'open')
          open.push({ audience: a.audience, phase: p.phase, action: s.action, natures: s.natures });
      }
    }
  }
  return open;
}
