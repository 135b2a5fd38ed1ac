import type { z } from 'zod';

/** One API method: what goes in and what comes out, both checked with zod at the boundary. */
export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): MethodDefinition<I, O> {
  return { input, output };
}
