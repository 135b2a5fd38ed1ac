/** At most this many wrong join attempts a minute from one address… */
export const PER_ADDRESS_PER_MINUTE = 5;
/** …and for the whole room together. */
export const PER_ROOM_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

export type LimitVerdict = 'ok' | 'address' | 'room';

/**
 * Slows down guessing of the join code (issue 15): wrong attempts are counted over the last
 * minute, per address and for the room; beyond either limit every attempt is answered 429 until
 * the minute has passed. Nothing is ever locked for longer than that: the code's length is what
 * makes guessing hopeless, so a neighbour cannot lock colleagues out for more than a minute. A
 * right code does not count.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();
  private roomFailures: number[] = [];

  constructor(private readonly now: () => number) {}

  verdict(address: string): LimitVerdict {
    const since = this.now() - WINDOW_MS;
    const own = (this.failures.get(address) ?? []).filter((t) => t > since);
    this.roomFailures = this.roomFailures.filter((t) => t > since);
    if (own.length >= PER_ADDRESS_PER_MINUTE) return 'address';
    if (this.roomFailures.length >= PER_ROOM_PER_MINUTE) return 'room';
    return 'ok';
  }

  recordFailure(address: string): void {
    const at = this.now();
    const since = at - WINDOW_MS;
    const own = (this.failures.get(address) ?? []).filter((t) => t > since);
    own.push(at);
    this.failures.set(address, own);
    this.roomFailures.push(at);
    // forget addresses whose minute has passed, so a scan of many addresses cannot grow the map
    for (const [key, times] of this.failures) {
      if (times.every((t) => t <= since)) this.failures.delete(key);
    }
  }
}
