import { PRINT_LABELS, type PrintLabels, type PrintLanguage } from '../../../../shared/protocol/print-labels';
import type { Person, Protocol } from '../../../../shared/protocol/schema';
import { type Cell, cell, strong } from './blocks';
import { personLines } from './format';

/** What every section builder needs: the protocol, the language, and a person lookup. */
export interface PrintContext {
  protocol: Protocol;
  language: PrintLanguage;
  l: PrintLabels;
  person(id: string | null): Person | undefined;
  /** A table cell for a person reference, name in bold, or "nobody named". */
  personCell(id: string | null): Cell;
}

export function createContext(protocol: Protocol, language: PrintLanguage): PrintContext {
  const people = new Map(protocol.people.map((p) => [p.id, p]));
  const person = (id: string | null) => (id === null ? undefined : people.get(id));
  return {
    protocol,
    language,
    l: PRINT_LABELS[language],
    person,
    personCell: (id) => {
      const found = person(id);
      const lines = personLines(found, language, protocol.organisation.name);
      return found === undefined ? cell(...lines) : strong(...lines);
    },
  };
}
