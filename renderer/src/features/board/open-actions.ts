import { currentOpenVerdicts } from '../../../../shared/board/derive';
import type { Audience } from '../../../../shared/model/vocabulary';
import type { IncidentVerdicts, Verdict } from '../../../../shared/verdicts/types';

/** `${audience}|${action}`: one value for a <select> of the current phase's open actions. */
export const actionKey = (audience: Audience, action: number) => `${audience}|${action}`;

export function parseActionKey(key: string): { audience: Audience; action: number | null } {
  const [audience, action] = key.split('|');
  return { audience: audience as Audience, action: action === 'free' ? null : Number(action) };
}

/** Open or partly done now, in board order (audiences left to right, numbers ascending). */
export function currentOpenActions(verdicts: IncidentVerdicts): Verdict[] {
  return currentOpenVerdicts(verdicts);
}
