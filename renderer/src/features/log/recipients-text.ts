import type { LogContact } from '../../../../shared/api/log-api';

export interface Recipient {
  name: string;
  organisation?: string;
  protocolRef?: string;
}

export const contactLabel = (c: LogContact): string =>
  c.organisation ? `${c.name} (${c.organisation})` : c.name;

/** "Name (Organisation)" per line; a line that matches a protocol contact keeps its reference. */
export function parseRecipients(text: string, contacts: readonly LogContact[]): Recipient[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const known = contacts.find((c) => contactLabel(c) === line);
      if (known)
        return {
          name: known.name,
          organisation: known.organisation || undefined,
          protocolRef: known.protocolRef,
        };
      const m = /^(.*?)\s*\(([^)]*)\)$/.exec(line);
      return m?.[1] ? { name: m[1], organisation: m[2] || undefined } : { name: line };
    });
}
