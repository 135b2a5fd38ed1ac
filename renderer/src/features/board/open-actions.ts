import { type EngineResult, type OpenAction, openActions } from '../../../../shared/matrix/engine';
import type { Audience } from '../../../../shared/model/vocabulary';

/** `${audience}|${action}`: one value for a <select> of the current phase's open actions. */
export const actionKey = (audience: Audience, action: number) => `${audience}|${action}`;

export function parseActionKey(key: string): { audience: Audience; action: number | null } {
  const [audience, action] = key.split('|');
  return { audience: audience as Audience, action: action === 'free' ? null : Number(action) };
}

/** Open actions now, in board order (audiences left to right, numbers ascending). */
export function currentOpenActions(engine: EngineResult): OpenAction[] {
  return openActions(engine);
}
