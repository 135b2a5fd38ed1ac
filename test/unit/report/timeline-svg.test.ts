import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../../../shared/report/model';
import { escapeXml, renderTimelineSvg } from '../../../shared/report/timeline-svg';

const data: TimelineData = {
  start: '2026-11-19T08:30:00.000Z',
  end: '2026-11-19T11:30:00.000Z',
  ongoing: false,
  periods: [
    {
      phase: 'problemUnclear',
      start: '2026-11-19T08:30:00.000Z',
      end: '2026-11-19T09:40:00.000Z',
      ongoing: false,
      minutes: 70,
    },
    {
      phase: 'problemClear',
      start: '2026-11-19T09:40:00.000Z',
      end: '2026-11-19T11:30:00.000Z',
      ongoing: false,
      minutes: 110,
    },
  ],
  messages: [
    { at: '2026-11-19T08:41:00.000Z', audience: 'internal', action: 1, seq: 3 },
    { at: '2026-11-19T10:00:00.000Z', audience: 'public', action: 3, seq: 7 },
  ],
  received: [{ at: '2026-11-19T09:00:00.000Z', seq: 4 }],
  phaseChanges: [{ at: '2026-11-19T09:40:00.000Z', from: 'problemUnclear', to: 'problemClear', seq: 5 }],
  notifications: [{ at: '2026-11-19T10:10:00.000Z', regulator: 'AP', seq: 8 }],
};

describe('timeline picture', () => {
  it('draws lanes, a mark per message, the phase change, the notification and an Amsterdam time axis', () => {
    const svg = renderTimelineSvg(data, { width: 500, language: 'nl' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="500"')).toBe(true);
    for (const lane of [
      'Intern',
      'Uitbesteding',
      'Ketenpartners',
      'Klanten',
      'Publiek',
      'Ontvangen',
      'Toezicht',
    ]) {
      expect(svg).toContain(`>${lane}</text>`);
    }
    expect(svg.match(/<circle [^>]*fill="#1F3864"/g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg.match(/<path d="M/g)).toHaveLength(1);
    // 08:30 UTC is 09:30 in Amsterdam in November (CET)
    expect(svg).toContain('>10:00</text>');
    expect(svg).toContain('>19-11</text>');
    expect(renderTimelineSvg(data, { width: 500, language: 'en' })).toContain('>Internal</text>');
  });

  it('draws a crowd of marks on the same spot once', () => {
    const crowded = {
      ...data,
      messages: Array.from({ length: 5000 }, (_, i) => ({
        at: new Date(Date.parse(data.start) + (i % 10) * 1000).toISOString(),
        audience: 'internal' as const,
        action: 1,
        seq: i + 1,
      })),
    };
    const svg = renderTimelineSvg(crowded, { width: 500, language: 'nl' });
    // a crowd that big becomes one bar of counts rather than thousands of circles
    expect((svg.match(/<circle [^>]*fill="#1F3864"/g) ?? []).length).toBeLessThan(5);
    expect((svg.match(/width="3.2" height="[\d.]+" fill="#1F3864"/g) ?? []).length).toBeLessThan(5);
  });

  it('keeps the axis on round wall-clock hours across the change from summer time', () => {
    // 24 Oct 22:00 CEST to 25 Oct 21:00 CET: the clocks went back an hour at 03:00 in between
    const night = { ...data, start: '2026-10-24T20:00:00.000Z', end: '2026-10-25T20:00:00.000Z' };
    const svg = renderTimelineSvg(night, { width: 500, language: 'nl' });
    const labels = [...svg.matchAll(/>(\d\d:\d\d)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['00:00', '06:00', '12:00', '18:00']);
  });

  it('draws a lane of 10,000 messages as bars of counts, taller where the traffic was', () => {
    const startMs = Date.parse(data.start);
    const span = Date.parse(data.end) - startMs;
    // most of the traffic in the first tenth of the time, a trickle after
    const busy = Array.from({ length: 10_000 }, (_, i) => ({
      at: new Date(
        startMs + (i < 9000 ? (i / 9000) * span * 0.1 : span * 0.1 + ((i - 9000) / 1000) * span * 0.9),
      ).toISOString(),
      audience: 'customers' as const,
      action: 4,
      seq: i + 1,
    }));
    const svg = renderTimelineSvg({ ...data, messages: busy }, { width: 500, language: 'nl' });
    expect(svg.match(/<circle [^>]*fill="#1F3864"/g) ?? []).toHaveLength(0);
    const heights = [
      ...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="3.2" height="([\d.]+)" fill="#1F3864"/g),
    ].map((m) => Number(m[1]));
    expect(heights.length).toBeGreaterThan(50);
    expect(Math.max(...heights)).toBeGreaterThan(5 * Math.min(...heights));
  });

  it('escapes text', () => {
    expect(escapeXml('a<b>&"\'')).toBe('a&#60;b&#62;&#38;&#34;&#39;');
  });
});
