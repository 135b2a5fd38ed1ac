import type { z } from 'zod';
import { type LogEntry, logEntryBodySchema } from '../../../shared/log/entry-schema';
import type { Phase } from '../../../shared/model/vocabulary';

type BodyInput = z.input<typeof logEntryBodySchema>;

/** Builds in-memory entries for the pure-logic tests; hashes do not matter there. */
export function makeEntries(bodies: Array<BodyInput & { phase?: Phase; author?: string }>): LogEntry[] {
  return bodies.map(({ phase, author, ...body }, i) => {
    const at = new Date(Date.UTC(2026, 10, 28, 9, i)).toISOString();
    return {
      ...logEntryBodySchema.parse(body),
      seq: i + 1,
      incidentId: 'inc-test',
      recordedAt: at,
      occurredAt: at,
      author: author ?? 'Anouk',
      phase: phase ?? 'problemUnclear',
      prevHash: '0'.repeat(64),
    };
  });
}
