import { describe, expect, it } from 'vitest';
import { amsterdamToUtcIso, formatAmsterdam } from '../../../shared/log/time';

describe('Amsterdam time', () => {
  it('formats UTC on the Amsterdam wall clock, 24-hour, winter and summer', () => {
    expect(formatAmsterdam('2026-11-28T22:49:51.123Z')).toBe('28-11-2026 23:49:51');
    expect(formatAmsterdam('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30:00');
    expect(formatAmsterdam('2026-07-01T13:05:00.000Z', 'HH:mm')).toBe('15:05');
    expect(() => formatAmsterdam('gisteren')).toThrow(RangeError);
  });

  it('turns a typed Amsterdam time into UTC', () => {
    expect(amsterdamToUtcIso('2026-11-28', '11:49')).toBe('2026-11-28T10:49:00.000Z');
    expect(amsterdamToUtcIso('2026-07-02', '00:30:15')).toBe('2026-07-01T22:30:15.000Z');
    expect(() => amsterdamToUtcIso('28-11-2026', '11:49')).toThrow(RangeError);
  });
});
