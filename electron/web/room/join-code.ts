import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for each other when read aloud or off a projector:
 * no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/** 25^10 ≈ 9.5·10^13 codes: at 30 guesses a minute, guessing one takes millions of years. */
export const CODE_LENGTH = 10;
export const CODE_LIFETIME_MS = 15 * 60 * 1000;

export type CodeCheck = 'ok' | 'wrong' | 'expired';

/** The join code as shown: two groups of five, easier to read out and type. */
export function displayCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What people type: any case, with spaces or dashes; letters outside the alphabet stay wrong. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * The room's one join code, valid 15 minutes, renewable (the old one stops at once). An expired
 * code is told apart from a wrong one so a colleague knows to ask for the new one; the previous
 * code is remembered for that only.
 */
export class JoinCode {
  private current = '';
  private previous: string | null = null;
  private expires = 0;

  constructor(private readonly now: () => number) {
    this.renew();
  }

  renew(): void {
    if (this.current) this.previous = this.current;
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    this.current = code;
    this.expires = this.now() + CODE_LIFETIME_MS;
  }

  get code(): string {
    return this.current;
  }

  get expiresAt(): number {
    return this.expires;
  }

  check(typed: string): CodeCheck {
    const given = normaliseCode(typed);
    if (same(given, this.current)) return this.now() < this.expires ? 'ok' : 'expired';
    if (this.previous !== null && same(given, this.previous)) return 'expired';
    return 'wrong';
  }
}

/** Constant time, so how long a refusal takes says nothing about how much of the code was right. */
function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
