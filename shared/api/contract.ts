import type { z } from 'zod';
import { appMethods } from './app-api';
import { escalationMethods } from './escalation-api';
import { exerciseMethods } from './exercise-api';
import { incidentMethods } from './incident-api';
import { logMethods } from './log-api';
import { mediaMethods } from './media-api';
import { protocolMethods } from './protocol-api';
import { protocolDraftMethods } from './protocol-draft-api';
import { replayMethods } from './replay-api';
import { reportMethods } from './report-api';
import { roomMethods } from './room-api';
import { settingsMethods } from './settings-api';
import { workspaceMethods } from './workspace-api';

/**
 * The one API contract (DESIGN.md §4). Every host — Electron IPC, the browser host's HTTP and the
 * room's HTTPS — serves exactly these methods; a method that is not here does not exist.
 */
export const apiContract = {
  ...appMethods,
  ...settingsMethods,
  ...workspaceMethods,
  ...protocolMethods,
  ...protocolDraftMethods,
  ...incidentMethods,
  ...logMethods,
  ...reportMethods,
  ...roomMethods,
  ...exerciseMethods,
  ...mediaMethods,
  ...escalationMethods,
  ...replayMethods,
};

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
/** What a caller passes (before zod defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<ApiContract[M]['input']>;
/** What a handler receives (after zod parsing). */
export type ParsedInput<M extends MethodName> = z.output<ApiContract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<ApiContract[M]['output']>;

export const METHOD_NAMES = Object.keys(apiContract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(apiContract, name);
}

/** The wire format of every answer, on both hosts. */
export type ApiResult<T> =
  | { ok: true; result: T }
  | { ok: false; error: { code: string; nl: string; en: string; details?: Record<string, unknown> } };
