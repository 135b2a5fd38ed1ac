/**
 * Numbered steps that bring a saved evaluation up to the current schema. Pure, so the document
 * store (electron/services/report/evaluation-document.ts) and the tests run the same code.
 */
type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/**
 * Version 1 → 2: the evaluation gains the shape of an evaluation report. Objectives, strengths and
 * points to improve were plain texts; they become objects (no verdict, not tied to an objective
 * yet), so nothing the evaluator wrote is lost. Improvement actions keep what, owner and due and
 * start as planned, medium priority. The overview, conclusions, recommendations, action-10
 * outcomes and approval start empty.
 */
export function evaluationV1toV2(raw: Raw): Raw {
  const exercise = isRecord(raw.exercise) ? raw.exercise : {};
  const actions = Array.isArray(raw.improvementActions) ? raw.improvementActions.filter(isRecord) : [];
  return {
    ...raw,
    schemaVersion: 2,
    exercise: {
      ...exercise,
      type: '',
      leader: '',
      organisations: [],
      scope: '',
      method: '',
      objectives: strings(exercise.objectives).map((text) => ({ text, verdict: null, findings: '' })),
    },
    conclusions: '',
    strengths: strings(raw.strengths).map((text) => ({ text, objective: null })),
    pointsToImprove: strings(raw.pointsToImprove).map((text) => ({ text, objective: null })),
    recommendations: [],
    improvementActions: actions.map((a) => ({
      finding: '',
      organisation: '',
      start: null,
      status: 'planned',
      priority: 'medium',
      ...a,
    })),
    action10Outcomes: [],
    approval: { by: '', role: '', on: null },
  };
}

export const EVALUATION_MIGRATIONS = [{ from: 1, migrate: evaluationV1toV2 }] as const;
