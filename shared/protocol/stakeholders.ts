import { z } from 'zod';
import { translate } from '../i18n/translator';
import { idSchema } from '../model/vocabulary';
import { personRefSchema } from './people';
import { LIMITS, requiredText, text } from './text';

export const STAKEHOLDER_GROUPS = ['chainPartner', 'outsourcingPartner', 'otherStakeholder'] as const;
export const OUTSOURCING_KINDS = ['ictProvider', 'hosting', 'cloud', 'telephony', 'other'] as const;
/**
 * The four stakeholders every protocol starts with. The mark survives renaming, so the incident
 * side can still find "the AP" for the 72-hour data-breach clock whatever the entry is called.
 */
export const WELL_KNOWN_STAKEHOLDERS = ['ministry', 'dataProtectionAuthority', 'police', 'ncsc'] as const;

export const stakeholderGroupSchema = z.enum(STAKEHOLDER_GROUPS);
export const outsourcingKindSchema = z.enum(OUTSOURCING_KINDS);
export const wellKnownStakeholderSchema = z.enum(WELL_KNOWN_STAKEHOLDERS);

export const stakeholderSchema = z
  .object({
    id: idSchema,
    group: stakeholderGroupSchema,
    organisation: requiredText(LIMITS.shortText),
    /** Only for outsourcing partners: what they do for us. */
    outsourcingKind: outsourcingKindSchema.nullable(),
    wellKnown: wellKnownStakeholderSchema.nullable(),
    responsibleId: personRefSchema,
    deputyId: personRefSchema,
    /** Communication agreements and contractual obligations (SLA, notification duties). */
    agreements: text(LIMITS.longText),
    /** How soon and how this stakeholder must be informed, in the words of the agreement. */
    timeliness: text(LIMITS.longText),
    /** What an outage of our service means for them. */
    impactOfOutage: text(LIMITS.longText),
    /** Sits in our crisis team (Bijlage I §3: chain and outsourcing partners in the team). */
    inCrisisTeam: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.outsourcingKind !== null && s.group !== 'outsourcingPartner') {
      ctx.addIssue({
        code: 'custom',
        path: ['outsourcingKind'],
        message: translate('nl', 'validation:outsourcingKindOnlyForPartner'),
      });
    }
    if (s.outsourcingKind === null && s.group === 'outsourcingPartner') {
      ctx.addIssue({
        code: 'custom',
        path: ['outsourcingKind'],
        message: translate('nl', 'validation:outsourcingKindRequired'),
      });
    }
  });

export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;
export type OutsourcingKind = z.infer<typeof outsourcingKindSchema>;
export type WellKnownStakeholder = z.infer<typeof wellKnownStakeholderSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
