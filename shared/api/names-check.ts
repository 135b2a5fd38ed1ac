import type { MethodName } from './contract';
import type { EventName } from './events';
import type { EVENT_NAME_LIST, METHOD_NAME_LIST } from './names';

/**
 * Compile-time proof that the preload's name lists (names.ts) are exactly the contract's: a method
 * added to the contract but not to the list (or the other way round) fails `npm run typecheck` with
 * the offending names in the message. Fix: node bin/run-ts.mjs scripts/gen-api-names.ts
 */
type Listed<T extends readonly string[]> = T[number];
type Exact<A extends string, B extends string> = [Exclude<A, B>, Exclude<B, A>] extends [never, never]
  ? true
  : { notInList: Exclude<A, B>; notInContract: Exclude<B, A> };

export const methodListMatchesContract: Exact<MethodName, Listed<typeof METHOD_NAME_LIST>> = true;
export const eventListMatchesContract: Exact<EventName, Listed<typeof EVENT_NAME_LIST>> = true;
