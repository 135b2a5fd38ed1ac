import { z } from 'zod';
import { boardStateSchema } from '../board/board-state';
import { logEntrySchema } from '../log/entry-schema';
import { idSchema, isoInstantSchema } from '../model/vocabulary';
import { method } from './define';

/** Which incident's replay the projector shows, and the moment it stands at. */
export const projectedMomentSchema = z.object({ incidentId: idSchema, at: isoInstantSchema });
export type ProjectedMoment = z.infer<typeof projectedMomentSchema>;

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
  /**
   * Puts a replay's moment on the projector (or takes it off with null): the operator's replay
   * drives it, every projector follows through the event `replay.changed`. Held in memory only: a
   * restarted host shows the live board again.
   */
  'replay.project': method(
    z.object({ moment: projectedMomentSchema.nullable() }),
    z.object({ moment: projectedMomentSchema.nullable() }),
  ),
  /**
   * What the projector shows while a replay is on it: the board as it stood at that moment, judged
   * as replay.state judges it, without private numbers and without log lines (the projector's
   * share); null when the projector shows the live board.
   */
  'replay.projected': method(
    z.object({}),
    z
      .object({
        incidentId: idSchema,
        at: isoInstantSchema,
        board: boardStateSchema,
      })
      .nullable(),
  ),
};
