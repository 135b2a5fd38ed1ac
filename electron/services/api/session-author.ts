import { z } from 'zod';
import type { Caller } from './caller';

/**
 * Issue 15: in the room, the author of an entry is the name the session gave when it joined,
 * never a name in the request, so a colleague cannot write in someone else's name. For a room
 * session this replaces (or supplies) the `author` of any method whose input has one, before the
 * input is validated; other callers' input is left as it is.
 */
export function withSessionAuthor(schema: z.ZodType, rawInput: unknown, caller: Caller): unknown {
  if (!caller.session) return rawInput;
  if (!(schema instanceof z.ZodObject) || !('author' in schema.shape)) return rawInput;
  if (typeof rawInput !== 'object' || rawInput === null || Array.isArray(rawInput)) return rawInput;
  return { ...rawInput, author: caller.session.name };
}
