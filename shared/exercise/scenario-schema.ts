import { z } from 'zod';
import { visibilityByAudienceSchema } from '../incident/schema';
import {
  actionNumberSchema,
  audienceSchema,
  natureSchema,
  phaseSchema,
  visibilitySchema,
} from '../model/vocabulary';

/**
 * A scripted exercise (issue 16): a JSON file with a published schema
 * (resources/exercise/scenario.schema.json, generated from this one). It is checked whole: one
 * wrong inject refuses the file, so an exercise never starts with half a script.
 */
export const SCENARIO_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1, 'verplicht').max(max);
/** an inject's id names it in the leader's screen, the log and the report; kept tame like other ids */
const injectIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ongeldige id');

/** What the exercise leader expects the team to do: an action of the matrix for an audience, or words. */
export const expectedResponseSchema = z.union([
  z.object({ audience: audienceSchema, action: actionNumberSchema }).strict(),
  z.object({ description: text(500) }).strict(),
]);

/** The situation an inject brings about: facts of the scenario's world, applied when it fires. */
export const injectChangesSchema = z
  .object({
    phase: phaseSchema.optional(),
    natures: z.array(natureSchema).min(1).max(6).optional(),
    visibility: z.partialRecord(audienceSchema, visibilitySchema).optional(),
  })
  .strict();

export const injectSchema = z
  .object({
    id: injectIdSchema,
    /** minutes after the start of the exercise, in scenario time */
    offsetMinutes: z
      .number()
      .min(0)
      .max(24 * 60),
    from: text(200),
    channel: text(80),
    summary: text(2000),
    fullText: z.string().trim().max(50_000).optional(),
    /** a question the team must answer: it joins the waiting strip like any received question */
    awaitsAnswer: z.boolean().optional(),
    changes: injectChangesSchema.optional(),
    expect: z.array(expectedResponseSchema).max(20).default([]),
    /** the response counts as late after this many scenario minutes (default: the scenario's) */
    respondWithinMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    /** where an editor finds the published schema, e.g. "./scenario.schema.json" */
    $schema: z.string().max(500).optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    title: text(200),
    description: z.string().trim().max(5000).optional(),
    objectives: z.array(z.object({ id: injectIdSchema, text: text(500) }).strict()).max(30),
    /** the incident the exercise starts with (created as an exercise when the scenario is loaded) */
    start: z
      .object({
        natures: z.array(natureSchema).min(1).max(6),
        phase: phaseSchema,
        visibility: visibilityByAudienceSchema,
      })
      .strict(),
    respondWithinMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    injects: z.array(injectSchema).min(1).max(500),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.injects.forEach((inject, index) => {
      if (seen.has(inject.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['injects', index, 'id'],
          message: `dubbele id ${inject.id}`,
          params: {
            nl: `Inject ${index + 1}: de id "${inject.id}" komt twee keer voor.`,
            en: `Inject ${index + 1}: the id "${inject.id}" occurs twice.`,
          },
        });
      }
      seen.add(inject.id);
    });
  });

export type ExpectedResponse = z.infer<typeof expectedResponseSchema>;
export type InjectChanges = z.infer<typeof injectChangesSchema>;
export type Inject = z.infer<typeof injectSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
