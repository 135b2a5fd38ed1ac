import type { Audience } from '../../../../shared/model/vocabulary';

/** `${audience}|${action}`: one value for a <select> of the current phase's open actions. */
export const actionKey = (audience: Audience, action: number) => `${audience}|${action}`;

export function parseActionKey(key: string): { audience: Audience; action: number | null } {
  const [audience, action] = key.split('|');
  return { audience: audience as Audience, action: action === 'free' ? null : Number(action) };
}
