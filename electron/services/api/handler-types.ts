import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { AppContext } from '../app-context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: AppContext,
) => Promise<MethodOutput<M>>;

/** The handlers of one feature: exactly the methods its part of the contract declares. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
