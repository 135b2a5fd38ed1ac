import { z } from 'zod';
import {
  correctionSchema,
  decisionSchema,
  incidentChangeSchema,
  type LogEntry,
  logEntryMetaSchema,
  messageReceivedSchema,
  messageSentSchema,
  noteSchema,
  observationSchema,
  regulatorNotificationSchema,
} from './entry-schema';

const meta = logEntryMetaSchema.shape;

/**
 * The same rules as `logEntrySchema`, as one flat object per kind instead of an intersection.
 * zod's intersection parses both halves and then deep-merges them; for a 100,000-line journal that
 * was most of the opening time (and garbage). Flat, one object is built per line. A test checks
 * both schemas agree and that every kind is here.
 */
export const logEntryFlatSchema = z.discriminatedUnion('kind', [
  messageSentSchema.extend(meta),
  messageReceivedSchema.extend(meta),
  decisionSchema.extend(meta),
  observationSchema.extend(meta),
  regulatorNotificationSchema.extend(meta),
  incidentChangeSchema.extend(meta),
  noteSchema.extend(meta),
  correctionSchema.extend(meta),
]);

/** Validates a whole entry; null when it is not one. */
export function parseEntry(candidate: unknown): LogEntry | null {
  const result = logEntryFlatSchema.safeParse(candidate);
  return result.success ? result.data : null;
}
