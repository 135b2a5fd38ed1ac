import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPhone, normaliseEmail, normalisePhone } from '../../../shared/protocol/phone';

describe('normalisePhone', () => {
  it('accepts a Dutch mobile number in every usual spelling', () => {
    for (const input of [
      '06-12345678',
      '0612345678',
      '06 1234 5678',
      '+31 6 12345678',
      '0031612345678',
      '+31(0)612345678',
    ]) {
      expect(normalisePhone(input), input).toEqual({
        ok: true,
        e164: '+31612345678',
        display: '06 12345678',
        type: 'mobile',
      });
    }
  });

  it('accepts a landline with a warning, never a refusal', () => {
    expect(normalisePhone('020-1234567')).toEqual({
      ok: true,
      e164: '+31201234567',
      display: '020 123 4567',
      type: 'fixed',
      warning: 'landline',
    });
    // 088 company numbers go down with the switchboard just the same.
    expect(normalisePhone('088 123 4567')).toMatchObject({ ok: true, type: 'other', warning: 'landline' });
  });

  it('shows foreign numbers with their country code', () => {
    expect(normalisePhone('+32 470 12 34 56')).toMatchObject({
      ok: true,
      display: '+32 470 12 34 56',
      type: 'mobile',
    });
  });

  it('refuses garbage with a clear Dutch message', () => {
    const cases: [string, RegExp][] = [
      ['bel de receptie', /geen cijfers/],
      ['06-123', /bestaat niet|te kort/],
      ['0612345678901234567', /te lang|bestaat niet/],
      ['', /geen telefoonnummer ingevuld/],
    ];
    for (const [input, reason] of cases) {
      const result = normalisePhone(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) {
        if (input !== '') expect(result.message).toMatch(/^Dit telefoonnummer klopt niet: /);
        expect(result.message).toMatch(reason);
      }
    }
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = normalisePhone(s);
        return result.ok ? result.e164.startsWith('+') : result.message.length > 0;
      }),
    );
  });

  it('is idempotent: the E.164 form normalises to itself', () => {
    const first = normalisePhone('030 234 5601');
    expect(first.ok && normalisePhone(first.e164)).toMatchObject({ ok: true, e164: '+31302345601' });
    expect(displayPhone('+31302345601')).toBe('030 234 5601');
    expect(displayPhone('')).toBe('');
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases the domain only', () => {
    expect(normaliseEmail('  Piet.Jansen@DUR.Example ')).toEqual({
      ok: true,
      email: 'Piet.Jansen@dur.example',
    });
  });

  it('refuses what is not an address, in Dutch', () => {
    for (const input of ['piet', 'piet@', '@dur.example', 'piet jansen@dur.example', '']) {
      const result = normaliseEmail(input);
      expect(result.ok, input).toBe(false);
    }
    const result = normaliseEmail('piet@');
    expect(!result.ok && result.message).toMatch(/^Dit e-mailadres klopt niet/);
  });
});
