import { z } from 'zod';
import { boardStateSchema } from '../board/board-state';
import {
  authorSchema,
  createIncidentInputSchema,
  setStatusInputSchema,
  updateIncidentInputSchema,
} from '../incident/commands';
import { incidentSchema } from '../incident/schema';
import { notificationTypeSchema, recipientSchema, regulatorSchema } from '../log/entry-schema';
import { matrixCellsSchema } from '../matrix/schema';
import {
  actionNumberSchema,
  audienceSchema,
  idSchema,
  isoInstantSchema,
  legalClockIdSchema,
  natureSchema,
  phaseSchema,
} from '../model/vocabulary';
import { knowledgeRowSchema } from '../verdicts/schema';
import { method } from './define';
import { unreadableIncidentSchema } from './workspace-api';

const required = (max: number) => z.string().trim().min(1, 'verplicht').max(max);
const logged = z.object({ seq: z.number().int() });

export const incidentListSchema = z.object({
  activeIncidentId: idSchema.nullable(),
  incidents: z.array(incidentSchema),
  /** incidents whose file cannot be read, with the reason and a backup to restore (additive) */
  unreadable: z.array(unreadableIncidentSchema).optional(),
});

export const matrixDiffSchema = z.array(
  z.object({
    audience: audienceSchema,
    phase: phaseSchema,
    nature: natureSchema,
    base: z.array(z.number().int()),
    org: z.array(z.number().int()),
  }),
);

export const matrixInfoSchema = z.object({
  /** the matrix the board uses: the organisation's own, or CIP 2020 when it has none */
  cells: matrixCellsSchema,
  cip: matrixCellsSchema,
  isCip: z.boolean(),
  diff: matrixDiffSchema,
});
export type MatrixInfo = z.infer<typeof matrixInfoSchema>;

export const incidentMethods = {
  'incident.list': method(z.object({}), incidentListSchema),
  'incident.get': method(z.object({ id: idSchema }), incidentSchema),
  'incident.create': method(createIncidentInputSchema, incidentSchema),
  /** natures, visibility, phase, title: each change is written to the log */
  'incident.update': method(updateIncidentInputSchema, incidentSchema),
  'incident.setStatus': method(setStatusInputSchema, incidentSchema),

  /** which incident the board shows (null: none) */
  'board.setActive': method(
    z.object({ incidentId: idSchema.nullable() }),
    z.object({ activeIncidentId: idSchema.nullable() }),
  ),
  /**
   * The board for an incident (default: the active one). `operator` adds private phone numbers and
   * the recent log lines; the projector never sets it.
   */
  'board.state': method(
    z.object({ incidentId: idSchema.optional(), operator: z.boolean().default(false) }),
    boardStateSchema,
  ),
  /**
   * "logged as sent": a messageSent entry for an action of the matrix (or a free message: action
   * null). `forPhase` logs an action late against its own phase; `nextUpdateAt` promises the next
   * update (the board waits for it); `inReplyTo` answers a received question.
   */
  'board.logAction': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      audience: audienceSchema,
      action: actionNumberSchema.nullable(),
      recipients: z.array(recipientSchema).max(500),
      channel: required(80),
      sentBy: required(200),
      summary: required(2000),
      occurredAt: isoInstantSchema.optional(),
      forPhase: phaseSchema.optional(),
      nextUpdateAt: isoInstantSchema.optional(),
      inReplyTo: z.number().int().min(1).optional(),
    }),
    logged,
  ),
  /** an action the matrix asks for that does not apply here; the reason is required and reported */
  'board.markNotApplicable': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      audience: audienceSchema,
      action: actionNumberSchema,
      phase: phaseSchema,
      reason: required(2000),
    }),
    logged,
  ),
  /** a "where needed" action (9) that is not needed here: one click, an optional reason */
  'board.markNotNeeded': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      audience: audienceSchema,
      action: actionNumberSchema,
      phase: phaseSchema,
      reason: z.string().trim().max(2000).optional(),
    }),
    logged,
  ),
  /** a partner organisation that need not be told about this incident, with the reason */
  'board.excludeRecipient': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      audience: audienceSchema,
      recipient: z.string().min(1).max(80),
      reason: required(2000),
    }),
    logged,
  ),
  /**
   * A notification to a regulator; `occurredAt` is when it was actually submitted ("gemeld om"),
   * which is what the legal clock is judged by. Each NIS2 stage and an AP supplement is its own
   * entry, pointing at the one it follows up.
   */
  'board.logRegulator': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      regulator: regulatorSchema,
      regulatorName: z.string().trim().max(200).optional(),
      notificationType: notificationTypeSchema,
      reference: z.string().trim().max(200).optional(),
      summary: required(2000),
      occurredAt: isoInstantSchema.optional(),
      followUpOf: z.number().int().min(1).optional(),
    }),
    logged,
  ),
  /**
   * NIS2: is this a significant incident? Yes (with when the organisation became aware, default
   * now) starts the NIS2 clocks; no needs a reason and rules them out.
   */
  'board.nis2Significance': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      significant: z.boolean(),
      awareAt: isoInstantSchema.optional(),
      reason: z.string().trim().max(2000).optional(),
    }),
    logged,
  ),
  /** "Who knows what": per audience and partner organisation what they were told and what they still miss */
  'board.whoKnows': method(
    z.object({ incidentId: idSchema.optional() }),
    z.object({ incidentId: idSchema.nullable(), rows: z.array(knowledgeRowSchema) }),
  ),
  /** the decision that a legal clock's notification is not required, with its reason */
  'board.notNotifiable': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      clock: legalClockIdSchema,
      reason: required(2000),
    }),
    logged,
  ),

  /** the organisation's matrix (or CIP 2020) with its differences from CIP */
  'matrix.get': method(z.object({}), matrixInfoSchema),
  /** save the organisation's matrix; `cells: null` goes back to CIP 2020 */
  'matrix.update': method(z.object({ cells: matrixCellsSchema.nullable() }), matrixInfoSchema),
};
