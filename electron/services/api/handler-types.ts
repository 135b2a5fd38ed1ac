import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { AppContext } from '../app-context';
import type { Caller } from './caller';

/**
 * A method's implementation. `caller` is the role the host established (most handlers need not
 * look: dispatch has already checked the role may call the method); a handler that takes only
 * (input, ctx) still fits.
 */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: AppContext,
  caller: Caller,
) => Promise<MethodOutput<M>>;

/** The handlers of one feature: exactly the methods its part of the contract declares. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
