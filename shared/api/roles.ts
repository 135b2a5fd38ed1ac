import { METHOD_NAMES, type MethodName } from './contract';

/**
 * Who is calling, as the host knows it (never as the caller says). DESIGN.md §4 names operator,
 * logger, viewer and projector; the room host will bring logger and viewer. Today there are two:
 * the operator's window and the projector (Electron's second window, or the browser host's
 * projector link).
 */
export const ROLES = ['operator', 'projector'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What the projector needs to draw the board, and nothing more: no writes, no exports, no
 * protocol with its private numbers. board.state itself leaves out private numbers and the recent
 * log lines for a projector, whatever its input says.
 */
const PROJECTOR_METHODS = [
  'app.info',
  'settings.get',
  'workspace.status',
  'board.state',
] as const satisfies readonly MethodName[];

/**
 * The one table of which role may call which method, checked in dispatch for every host alike.
 * Every role may follow the event stream: its payloads say what changed, never the data itself.
 */
export const ROLE_METHODS: { readonly [R in Role]: ReadonlySet<MethodName> } = {
  operator: new Set(METHOD_NAMES),
  projector: new Set(PROJECTOR_METHODS),
};

export function mayCall(role: Role, method: MethodName): boolean {
  return ROLE_METHODS[role].has(method);
}
