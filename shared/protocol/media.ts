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
  /**
   * During an incident (and an exercise): minutes between two rounds of this medium. Optional and
   * additive (no migration): absent means the default for the kind of medium (ROUND_MINUTES).
   */
  roundMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .optional(),
});

/** How often a medium is checked during an incident when the protocol does not say: fast media more often. */
export const ROUND_MINUTES: Readonly<Record<PresetMedium | 'own', number>> = {
  socialMedia: 30,
  newsSites: 60,
  radioTv: 60,
  press: 120,
  internalWebsites: 120,
  own: 60,
};

export function roundMinutesOf(monitor: Pick<MediaMonitor, 'roundMinutes' | 'preset'>): number {
  return monitor.roundMinutes ?? ROUND_MINUTES[monitor.preset ?? 'own'];
}

export type PresetMedium = z.infer<typeof presetMediumSchema>;
export type SummaryFrequency = (typeof SUMMARY_FREQUENCIES)[number];
export type MediaTasks = z.infer<typeof mediaTasksSchema>;
export type MediaMonitor = z.infer<typeof mediaMonitorSchema>;
