/**
 * Server-sent events read with fetch instead of EventSource, because EventSource cannot send the
 * token header and the token must not live in a cookie. Reconnects after the stream drops (the
 * host restarted, a laptop slept) and says so, so the caller can refetch what it may have missed.
 * No DOM: it runs in the browser and in the unit tests against a real server.
 */
export interface EventStreamOptions {
  url: string;
  /** read at every (re)connect, so a token adopted later is used */
  headers: () => Record<string, string>;
  onEvent: (name: string, data: unknown) => void;
  /** after each successful connect; `reconnected` is false the first time */
  onOpen?: (reconnected: boolean) => void;
  /** the host refused the token (401/403): retrying would not help, so the stream stops */
  onRefused?: () => void;
  fetch?: typeof fetch;
  /** the pause before reconnect attempt `attempt` (1, 2, …); default: 1 s doubling to 4 s */
  wait?: (attempt: number) => Promise<void>;
}

export interface EventStream {
  close(): void;
}

/** Short, so a host that comes back after a restart is found within a few seconds. */
const defaultWait = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** (attempt - 1), 4_000)));

export function openEventStream(options: EventStreamOptions): EventStream {
  const fetchFn = options.fetch ?? fetch;
  const wait = options.wait ?? defaultWait;
  const abort = new AbortController();
  let closed = false;

  async function run(): Promise<void> {
    let connectedBefore = false;
    let failures = 0;
    while (!closed) {
      try {
        const response = await fetchFn(options.url, { headers: options.headers(), signal: abort.signal });
        if (response.status === 401 || response.status === 403) {
          options.onRefused?.();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        options.onOpen?.(connectedBefore);
        connectedBefore = true;
        failures = 0;
        await readEvents(response.body, options.onEvent);
      } catch {
        // dropped or unreachable: try again below
      }
      if (closed) return;
      failures += 1;
      await wait(failures);
    }
  }

  void run();
  return {
    close() {
      closed = true;
      abort.abort();
    },
  };
}

/** Reads `event:`/`data:` blocks until the stream ends; comment lines (heartbeats) are skipped. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (name: string, data: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = blockEnd(buffer);
    while (end !== null) {
      dispatchBlock(buffer.slice(0, end.at), onEvent);
      buffer = buffer.slice(end.at + end.length);
      end = blockEnd(buffer);
    }
  }
}

function blockEnd(buffer: string): { at: number; length: number } | null {
  const match = /\r?\n\r?\n/.exec(buffer);
  return match ? { at: match.index, length: match[0].length } : null;
}

function dispatchBlock(block: string, onEvent: (name: string, data: unknown) => void): void {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return;
  let payload: unknown;
  try {
    payload = JSON.parse(data.join('\n')) as unknown;
  } catch {
    return; // a block that is not JSON is not one of ours
  }
  onEvent(name, payload);
}
