import { z } from 'zod';

/**
 * The handreiking's vocabulary as code identifiers (DESIGN.md §2). The order of every list is the
 * order of the handreiking's Bijlage II; the board, the matrix file and the reports rely on it.
 */
export const AUDIENCES = ['internal', 'outsourcingPartners', 'chainPartners', 'customers', 'public'] as const;
export const PHASES = [
  'negativePublicityOnly',
  'problemUnclear',
  'problemClear',
  'solutionClear',
  'solutionImplemented',
  'aftercare',
] as const;
export const NATURES = [
  'negativePublicity',
  'generalThreat',
  'targetedThreat',
  'unavailability',
  'dataBreach',
  'dataManipulation',
] as const;
export const VISIBILITIES = ['certain', 'likely', 'no'] as const;
export const ACTION_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const audienceSchema = z.enum(AUDIENCES);
export const phaseSchema = z.enum(PHASES);
export const natureSchema = z.enum(NATURES);
export const visibilitySchema = z.enum(VISIBILITIES);
export const actionNumberSchema = z.number().int().min(1).max(10);

export type Audience = z.infer<typeof audienceSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Nature = z.infer<typeof natureSchema>;
export type Visibility = z.infer<typeof visibilitySchema>;
export type ActionNumber = (typeof ACTION_NUMBERS)[number];

/** ISO-8601 instant in UTC, e.g. 2026-11-28T10:49:51.123Z. Everything is stored in UTC. */
export const isoInstantSchema = z.iso.datetime({ offset: false });
/** Calendar date without time, e.g. 2026-11-28. */
export const isoDateSchema = z.iso.date();

/** Identifiers are short random strings made by the app; they also name files, so keep them tame. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'ongeldige id');

/**
 * Legal notification clocks (issue 4). AP: 72 hours after detecting a data breach (AVG art. 33).
 * NIS2 / Cyberbeveiligingswet: early warning in 24 h, notification in 72 h, final report in one month.
 */
export const LEGAL_CLOCK_IDS = [
  'apDataBreach72h',
  'nis2EarlyWarning24h',
  'nis2Notification72h',
  'nis2FinalReport1m',
] as const;
export const legalClockIdSchema = z.enum(LEGAL_CLOCK_IDS);
export type LegalClockId = z.infer<typeof legalClockIdSchema>;
