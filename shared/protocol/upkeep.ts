import { z } from 'zod';
import { translate } from '../i18n/translator';
import { idSchema, isoDateSchema } from '../model/vocabulary';
import { personRefSchema } from './people';
import { LIMITS, requiredText, text } from './text';

/** A condition, agreed with the CIO and CISO, under which an incident goes up to chain level. */
export const escalationConditionSchema = z.object({
  id: idSchema,
  text: requiredText(LIMITS.longText),
  ownerId: personRefSchema,
  agreedOn: isoDateSchema.nullable(),
});

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, translate('nl', 'validation:timeOfDay'));

/** Yearly exercise and protocol update (Bijlage I §6). Dates are calendar dates in Amsterdam. */
export const exerciseSchema = z.object({
  lastExercise: isoDateSchema.nullable(),
  lastProtocolUpdate: isoDateSchema.nullable(),
  nextExercise: isoDateSchema.nullable(),
  /** Start time in Europe/Amsterdam; null means an all-day event. */
  nextExerciseTime: timeSchema.nullable(),
  nextExerciseLocation: text(LIMITS.shortText),
});

export type EscalationCondition = z.infer<typeof escalationConditionSchema>;
export type ExercisePlanning = z.infer<typeof exerciseSchema>;
