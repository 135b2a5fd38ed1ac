import { z } from 'zod';
import { AUDIENCES, actionNumberSchema, NATURES, PHASES } from '../model/vocabulary';

/** Actions for one cell: audience × phase × nature. Empty where the handreiking's table is empty. */
export const cellActionsSchema = z.array(actionNumberSchema);

const byNature = z.object(
  Object.fromEntries(NATURES.map((n) => [n, cellActionsSchema])) as {
    [K in (typeof NATURES)[number]]: typeof cellActionsSchema;
  },
);
const byPhase = z.object(
  Object.fromEntries(PHASES.map((p) => [p, byNature])) as {
    [K in (typeof PHASES)[number]]: typeof byNature;
  },
);

/** All 5 × 6 × 6 cells; every one must be present (zod objects require every key). */
export const matrixCellsSchema = z.object(
  Object.fromEntries(AUDIENCES.map((a) => [a, byPhase])) as {
    [K in (typeof AUDIENCES)[number]]: typeof byPhase;
  },
);

/** The shape of resources/matrix/cip-2020.json, read by other tools too: do not change it. */
export const matrixFileSchema = z.object({
  id: z.string().min(1),
  audiences: z.array(z.enum(AUDIENCES)),
  phases: z.array(z.enum(PHASES)),
  natures: z.array(z.enum(NATURES)),
  cells: matrixCellsSchema,
});

export type MatrixCells = z.infer<typeof matrixCellsSchema>;
export type MatrixFile = z.infer<typeof matrixFileSchema>;
