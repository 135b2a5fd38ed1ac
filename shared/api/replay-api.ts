import { z } from 'zod';
import { boardStateSchema } from '../board/board-state';
import { logEntrySchema } from '../log/entry-schema';
import { idSchema, isoInstantSchema } from '../model/vocabulary';
import { method } from './define';

/** Replay of an incident for the evaluation meeting (issue 16). */
export const replayMethods = {
  /**
   * The board as it stood at `at` (default: the end): the log cut at entries recorded by then, the
   * incident as its changes had made it, judged by the same engine. `from`/`to` span the log.
   */
  'replay.state': method(
    z.object({ incidentId: idSchema, at: isoInstantSchema.optional() }),
    z.object({
      at: isoInstantSchema,
      from: isoInstantSchema,
      to: isoInstantSchema,
      board: boardStateSchema,
      /** the entries recorded by `at`, newest first (the last few) */
      lines: z.array(logEntrySchema),
      /** recordedAt of every entry, so the slider can step from entry to entry */
      marks: z.array(isoInstantSchema),
    }),
  ),
};
