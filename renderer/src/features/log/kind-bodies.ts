import type { UserLogBody } from '../../../../shared/api/log-api';
import { observationSchema, regulatorNotificationSchema } from '../../../../shared/log/entry-schema';

/** The bodies the log page's forms submit; the API validates them again with zod. */
export type MessageReceived = Extract<UserLogBody, { kind: 'messageReceived' }>;
export type Observation = Extract<UserLogBody, { kind: 'observation' }>;
export type RegulatorNotification = Extract<UserLogBody, { kind: 'regulatorNotification' }>;

// Taken from the schema so a new option there shows up in the forms without a second list.
export const TONES = observationSchema.shape.tone.unwrap().options;
export const REGULATORS = regulatorNotificationSchema.shape.regulator.options;
export const NOTIFICATION_TYPES = regulatorNotificationSchema.shape.notificationType.options;

export type Tone = (typeof TONES)[number];
export type Regulator = (typeof REGULATORS)[number];
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A sector supervisor or "other" says nothing without its name; AP, NCSC and a CSIRT do. */
export const regulatorNeedsName = (regulator: Regulator): boolean =>
  regulator === 'supervisor' || regulator === 'other';
