import { type ApiResult, apiContract, isMethodName, type MethodName } from '../../../shared/api/contract';
import { mayCall } from '../../../shared/api/roles';
import { isAppError } from '../../../shared/errors/app-error';
import { issueTexts } from '../../../shared/i18n/issue-texts';
import type { AppContext } from '../app-context';
import { toFieldIssues } from '../protocol/protocol-state';
import { allHandlers } from './all-handlers';
import { type Caller, IN_PROCESS_CALLER } from './caller';
import type { Handler } from './handler-types';
import { withSessionAuthor } from './session-author';

/**
 * The single entry point every host calls: checks that the method exists and that the caller's
 * role may call it (shared/api/roles.ts, the one table), validates the input with zod, runs the
 * handler, and checks the output too, so a bug cannot leak malformed data to the UI.
 */
export async function dispatch(
  ctx: AppContext,
  methodName: string,
  rawInput: unknown,
  caller: Caller = IN_PROCESS_CALLER,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(methodName)) {
    return fail('api.unknownMethod', `Onbekende opdracht: ${methodName}`, `Unknown method: ${methodName}`);
  }
  // before the input is even looked at: a refused caller learns nothing about what it sent
  if (!mayCall(caller.role, methodName)) {
    return fail(
      'api.forbidden',
      `Dit scherm (${ROLE_NAMES[caller.role].nl}) mag dit niet: ${methodName}.`,
      `This screen (${ROLE_NAMES[caller.role].en}) may not do this: ${methodName}.`,
    );
  }
  const definition = apiContract[methodName];
  const input = definition.input.safeParse(withSessionAuthor(definition.input, rawInput ?? {}, caller));
  if (!input.success) {
    const first = input.error.issues[0];
    const where = first?.path.map(String).join('.') || 'invoer';
    const own = first && first.code === 'custom' && first.params ? issueTexts(first) : null;
    const texts = first ? issueTexts(first) : { nl: 'onbekend', en: 'unknown' };
    return fail(
      'api.invalidInput',
      own ? own.nl : `Ongeldige invoer bij ${where}: ${texts.nl}`,
      own ? own.en : `Invalid input at ${where}: ${texts.en}`,
      { issues: toFieldIssues(input.error.issues) },
    );
  }
  try {
    const handler = allHandlers[methodName] as unknown as Handler<MethodName>;
    const output = await handler(input.data as never, ctx, caller);
    const checked = definition.output.safeParse(output);
    if (!checked.success) {
      console.error(
        `[api] ${methodName} returned data that does not match the contract`,
        checked.error.issues,
      );
      return fail(
        'api.badOutput',
        'Interne fout: onverwacht antwoord.',
        'Internal error: unexpected answer.',
      );
    }
    return { ok: true, result: checked.data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toPayload() };
    console.error(`[api] ${methodName} failed`, error);
    return fail(
      'internal',
      `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}. Er is niets verloren gegaan van wat al was opgeslagen.`,
      `Something went wrong: ${error instanceof Error ? error.message : String(error)}. Nothing that was already saved is lost.`,
    );
  }
}

const ROLE_NAMES: Record<Caller['role'], { nl: string; en: string }> = {
  operator: { nl: 'bediening', en: 'operator' },
  logger: { nl: 'logger', en: 'logger' },
  viewer: { nl: 'meekijker', en: 'viewer' },
  projector: { nl: 'projectie', en: 'projector' },
  guest: { nl: 'bezoeker zonder deelname', en: 'visitor who has not joined' },
};

function fail(code: string, nl: string, en: string, details?: Record<string, unknown>): ApiResult<never> {
  return { ok: false, error: { code, nl, en, ...(details ? { details } : {}) } };
}
