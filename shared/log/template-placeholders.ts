import { PLACEHOLDERS } from './templates';

/**
 * Names between braces that drafting would not fill in, e.g. "{naam}" or "{Incident}". They would
 * reach a customer as literal text, so the editor warns while typing and the API refuses them.
 */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  const found = new Set<string>();
  for (const match of text.matchAll(/\{([^{}\n]{1,60})\}/g)) {
    const name = match[1] ?? '';
    if (!known.has(name)) found.add(`{${name}}`);
  }
  return [...found];
}

/** "{organisatie}, {incident}, {tijd}, {volgende_update}" for messages that list them. */
export const PLACEHOLDER_LIST = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
