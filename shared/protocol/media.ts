import { z } from 'zod';
import { idSchema } from '../model/vocabulary';
import { personRefSchema } from './people';
import { LIMITS, requiredText } from './text';

/** The media Bijlage I §4 names; own media (e.g. a sector forum) have preset null. */
export const PRESET_MEDIA = ['press', 'socialMedia', 'newsSites', 'radioTv', 'internalWebsites'] as const;
export const presetMediumSchema = z.enum(PRESET_MEDIA);
export const SUMMARY_FREQUENCIES = ['daily', 'weekly', 'biweekly', 'monthly'] as const;

/** The standing tasks of whoever watches a medium. */
export const mediaTasksSchema = z.object({
  followMedia: z.boolean(),
  periodicSummary: z.boolean(),
  summaryFrequency: z.enum(SUMMARY_FREQUENCIES).nullable(),
  alertOnNegativeSurge: z.boolean(),
});

export const mediaMonitorSchema = z.object({
  id: idSchema,
  medium: requiredText(LIMITS.name),
  preset: presetMediumSchema.nullable(),
  responsibleId: personRefSchema,
  deputyId: personRefSchema,
  tasks: mediaTasksSchema,
});

export type PresetMedium = z.infer<typeof presetMediumSchema>;
export type SummaryFrequency = (typeof SUMMARY_FREQUENCIES)[number];
export type MediaTasks = z.infer<typeof mediaTasksSchema>;
export type MediaMonitor = z.infer<typeof mediaMonitorSchema>;
