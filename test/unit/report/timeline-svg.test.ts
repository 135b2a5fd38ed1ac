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
    expect(svg.match(/<circle [^>]*fill="#1F3864"/g)!.length).toBeLessThan(5);
  });

  it('escapes text', () => {
    expect(escapeXml('a<b>&"\'')).toBe('a&#60;b&#62;&#38;&#34;&#39;');
  });
});
