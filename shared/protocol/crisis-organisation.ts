import { z } from 'zod';
import { idSchema } from '../model/vocabulary';
import { personRefSchema } from './people';
import { LIMITS, requiredText } from './text';

/** The six roles of Bijlage I §3, marked so renaming one does not lose what it is. */
export const PRESET_CRISIS_ROLES = [
  'teamLead',
  'boardMember',
  'business',
  'communication',
  'ict',
  'securityPrivacy',
] as const;
export const presetCrisisRoleSchema = z.enum(PRESET_CRISIS_ROLES);

export const crisisRoleSchema = z.object({
  id: idSchema,
  name: requiredText(LIMITS.shortText),
  preset: presetCrisisRoleSchema.nullable(),
  responsibleId: personRefSchema,
  deputyId: personRefSchema,
});

/** The people ultimately responsible, named in chapter 1 of the handreiking. */
export const END_RESPONSIBILITIES = [
  'crisisManagement',
  'internalCommunication',
  'externalCommunication',
  'cio',
  'ciso',
  'soc',
] as const;

export const endResponsiblesSchema = z.object(
  Object.fromEntries(END_RESPONSIBILITIES.map((k) => [k, personRefSchema])) as {
    [K in (typeof END_RESPONSIBILITIES)[number]]: typeof personRefSchema;
  },
);

export const crisisOrganisationSchema = z.object({
  roles: z.array(crisisRoleSchema).max(100),
  endResponsibles: endResponsiblesSchema,
});

export type PresetCrisisRole = z.infer<typeof presetCrisisRoleSchema>;
export type CrisisRole = z.infer<typeof crisisRoleSchema>;
export type EndResponsibility = (typeof END_RESPONSIBILITIES)[number];
export type EndResponsibles = z.infer<typeof endResponsiblesSchema>;
export type CrisisOrganisation = z.infer<typeof crisisOrganisationSchema>;
