import type { BuildContext } from './context';

/**
 * The report's title. An evaluation of a real incident is titled "Evaluatie van het incident":
 * the same evaluation form serves incidents, and refusing `--kind evaluation` for them would leave
 * a filled-in evaluation of a real incident with no document of its own.
 */
export function documentTitle(ctx: BuildContext): string {
  const { input, L, EL } = ctx;
  if (input.kind === 'evaluation' && !input.incident.isExercise) return EL.titleIncidentEvaluation;
  return L.kind[input.kind];
}

export function documentSubtitle(ctx: BuildContext): string {
  const { input, L, EL } = ctx;
  if (input.kind === 'evaluation' && !input.incident.isExercise) return EL.subtitleIncidentEvaluation;
  return L.kindSubtitle[input.kind];
}
