import type http from 'node:http';
import type { ApiResult } from '../../shared/api/contract';
import { SECURITY_HEADERS } from './security-headers';

/**
 * What every host that serves the API over HTTP does alike (the loopback browser host and the
 * room, issue 15): the body limit, JSON parsing with a plain answer when it fails, the Origin
 * check, and the HTTP status for each kind of refusal. One module, so the room cannot drift from
 * the loopback host's rules.
 */

/** Protocol imports and CSV files fit easily; anything bigger is not something the UI sends. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The request's JSON body, or null after an answer (413 too large, 400 not JSON) went out. */
export async function readApiInput(
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<{ input: unknown } | null> {
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too-large') {
    sendJson(res, 413, {
      ok: false,
      error: {
        code: 'api.tooLarge',
        nl: `Het verzoek is te groot (meer dan ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
        en: `The request is too large (over ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
      },
    });
    return null;
  }
  try {
    return { input: body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown) };
  } catch {
    sendJson(res, 400, {
      ok: false,
      error: {
        code: 'api.badJson',
        nl: 'Het verzoek is geen geldige JSON.',
        en: 'The request is not valid JSON.',
      },
    });
    return null;
  }
}

/**
 * A page on another site may send a POST here (a form, fetch in no-cors mode); browsers say where
 * it came from in Origin. Refused with 403 unless it is one of ours; true when refused.
 */
export function refuseForeignOrigin(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  isAllowed: (origin: string) => boolean,
): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || isAllowed(origin)) return false;
  send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin request refused');
  return true;
}

export function sendApiResult(
  res: http.ServerResponse,
  result: ApiResult<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, result.ok ? 200 : statusOf(result.error.code), result, extraHeaders);
}

function statusOf(code: string): number {
  if (code === 'api.unknownMethod') return 404;
  if (code === 'api.forbidden' || code === 'room.wrongCode' || code === 'room.codeExpired') return 403;
  if (code === 'room.tooManyAttempts') return 429;
  if (code === 'room.noSession' || code === 'room.sessionEnded') return 401;
  return 400;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      resolve('too-large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extraHeaders);
}
