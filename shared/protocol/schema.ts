import { z } from 'zod';
import { channelsSchema } from './channels';
import { crisisOrganisationSchema } from './crisis-organisation';
import { addReferenceIssues } from './integrity';
import { mediaMonitorSchema } from './media';
import { operationsSchema } from './operations';
import { personSchema } from './people';
import { stakeholderSchema } from './stakeholders';
import { bcpSchema, systemSchema } from './systems';
import { LIMITS, text } from './text';
import { escalationConditionSchema, exerciseSchema } from './upkeep';

export * from './channels';
export * from './crisis-organisation';
export * from './media';
export * from './operations';
export * from './people';
export * from './stakeholders';
export * from './systems';
export * from './upkeep';

export const PROTOCOL_SCHEMA_VERSION = 2;

export const organisationSchema = z.object({
  name: text(LIMITS.shortText),
  shortName: text(40),
});

/** The protocol without its cross-references checked; see protocolSchema. */
export const protocolShapeSchema = z.object({
  schemaVersion: z.literal(PROTOCOL_SCHEMA_VERSION),
  /** The organisation's own version label for the document, shown on the cover (e.g. "2.1"). */
  documentVersion: text(40),
  organisation: organisationSchema,
  people: z.array(personSchema).max(2000),
  systems: z.array(systemSchema).max(500),
  bcp: bcpSchema,
  stakeholders: z.array(stakeholderSchema).max(500),
  crisisOrganisation: crisisOrganisationSchema,
  channels: channelsSchema,
  mediaMonitoring: z.array(mediaMonitorSchema).max(50),
  escalationConditions: z.array(escalationConditionSchema).max(200),
  exercise: exerciseSchema,
  operations: operationsSchema,
});

/**
 * protocol.json: `{ schemaVersion: 2, ...protocol }`. Beyond the field rules it checks that every
 * id is unique and every reference (person, system, stakeholder, channel) points at something that
 * exists, so the board never has to guess who "person-17" was.
 */
export const protocolSchema = protocolShapeSchema.superRefine(addReferenceIssues);

export type Organisation = z.infer<typeof organisationSchema>;
export type Protocol = z.infer<typeof protocolShapeSchema>;
