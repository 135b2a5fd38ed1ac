import { z } from 'zod';
import { authorSchema } from '../incident/commands';
import { MEDIA_VOLUMES } from '../log/entry-schema';
import { idSchema, isoInstantSchema } from '../model/vocabulary';
import { method } from './define';

/** Media monitoring during an incident (issue 16): a round of one medium from the protocol's roster. */
export const mediaMethods = {
  /**
   * Records one round as an observation with its medium, tone and volume. The answer says whether
   * it is a negative turn for which the board suggests the nature "negative publicity" — only a
   * suggestion: the natures never change by themselves.
   */
  'media.recordRound': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      monitorId: z.string().min(1).max(80),
      volume: z.enum(MEDIA_VOLUMES),
      tone: z.enum(['positive', 'neutral', 'negative']),
      summary: z.string().trim().min(1, 'verplicht').max(2000),
      notable: z.string().trim().max(2000).optional(),
      links: z.array(z.string().trim().url().max(2000)).max(20).default([]),
      occurredAt: isoInstantSchema.optional(),
    }),
    z.object({ seq: z.number().int(), suggestNegativePublicity: z.boolean() }),
  ),
};
