import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from '../../../electron/web/room/attempt-limiter';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  displayCode,
  JoinCode,
  normaliseCode,
} from '../../../electron/web/room/join-code';

describe('the join code', () => {
  it('is ten characters from an alphabet without look-alikes, shown in two groups', () => {
    const code = new JoinCode(() => 0);
    expect(code.code).toHaveLength(CODE_LENGTH);
    expect([...code.code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B']) {
      expect(CODE_ALPHABET).not.toContain(lookAlike);
    }
    expect(displayCode('ACDEFGHJKM')).toBe('ACDEF-GHJKM');
    expect(normaliseCode(' acdef-ghjkm ')).toBe('ACDEFGHJKM');
  });

  it('is valid 15 minutes; then, and after renewal, the old one is told apart as expired', () => {
    let now = 1_000_000;
    const code = new JoinCode(() => now);
    const first = code.code;
    expect(code.check(displayCode(first).toLowerCase())).toBe('ok');
    now += 15 * 60 * 1000 - 1;
    expect(code.check(first)).toBe('ok');
    now += 1;
    expect(code.check(first)).toBe('expired');
    code.renew();
    expect(code.code).not.toBe(first);
    expect(code.check(code.code)).toBe('ok');
    expect(code.check(first)).toBe('expired');
    expect(code.check('ACDEFGHJKM') === 'wrong' || code.code === 'ACDEFGHJKM').toBe(true);
  });
});

describe('the attempt limiter', () => {
  it('allows five wrong attempts a minute from one address, then refuses that address only', () => {
    let now = 0;
    const limiter = new AttemptLimiter(() => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.verdict('10.0.0.5')).toBe('ok');
      limiter.recordFailure('10.0.0.5');
    }
    expect(limiter.verdict('10.0.0.5')).toBe('address');
    expect(limiter.verdict('10.0.0.6')).toBe('ok');
    now += 60_001;
    expect(limiter.verdict('10.0.0.5')).toBe('ok');
  });

  it('allows thirty wrong attempts a minute for the whole room, then refuses everyone for that minute', () => {
    let now = 0;
    const limiter = new AttemptLimiter(() => now);
    for (let i = 0; i < 30; i++) limiter.recordFailure(`10.0.1.${i}`);
    expect(limiter.verdict('10.0.2.1')).toBe('room');
    now += 60_001;
    expect(limiter.verdict('10.0.2.1')).toBe('ok');
  });
});
