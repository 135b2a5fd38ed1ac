import { TZDate } from '@date-fns/tz';
import { textsOf } from '../i18n/texts';
import { DISPLAY_TIME_ZONE, formatAmsterdam } from '../log/time';
import { AUDIENCE_LABELS, type Locale, PHASE_LABELS } from '../matrix/labels';
import { AUDIENCES, PHASES, type Phase } from '../model/vocabulary';
import type { TimelineData } from './model';
import {
  SVG_ACCENT as ACCENT,
  SVG_ALERT as ALERT,
  SVG_FONT as FONT,
  SVG_INK as INK,
  SVG_MUTED as MUTED,
  svgNumber as n,
} from './svg-style';

export interface TimelineSvgOptions {
  /** width in user units (pt in the PDF, px when rasterised) */
  width: number;
  language: Locale;
}

/** Soft fills so the marks on top stay readable, in PHASES order; printable in black and white too. */
export const PHASE_COLOURS: Readonly<Record<Phase, string>> = {
  negativePublicityOnly: '#E8E3F3',
  problemUnclear: '#FBE3C8',
  problemClear: '#FCEFB4',
  solutionClear: '#D6EAF8',
  solutionImplemented: '#D5F0DD',
  aftercare: '#E5E7EA',
};
const PHASE_EDGES: Readonly<Record<Phase, string>> = {
  negativePublicityOnly: '#8E7CC3',
  problemUnclear: '#E69138',
  problemClear: '#BF9000',
  solutionClear: '#3D85C6',
  solutionImplemented: '#38A169',
  aftercare: '#7F8C8D',
};

const LABEL_W = 112;
const BAND_H = 26;
const LANE_H = 20;
const AXIS_H = 34;
const LEGEND_ROW_H = 16;

const MINUTE = 60_000;
const STEPS_MIN = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10_080];

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HOUR = 60 * MINUTE;

/** Minutes since midnight and days since the epoch on the Amsterdam wall clock. */
function wallClock(ms: number): { minuteOfDay: number; day: number } {
  const local = new TZDate(ms, DISPLAY_TIME_ZONE);
  return {
    minuteOfDay: local.getHours() * 60 + local.getMinutes() + local.getSeconds() / 60,
    day: Math.floor(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / (1440 * MINUTE)),
  };
}

/**
 * Axis ticks on round Amsterdam wall-clock times, at most one per ~70 units of width. Steps under
 * an hour are counted in real minutes (the clock changes by a whole hour, so they stay round);
 * hourly and longer steps are chosen on the wall clock itself, so after a change to or from summer
 * time the axis still reads 00:00, 06:00, 12:00 rather than sliding to 23:00, 05:00, 11:00.
 */
export function ticks(startMs: number, endMs: number, plotWidth: number): number[] {
  const spanMin = Math.max(1, (endMs - startMs) / MINUTE);
  const maxTicks = Math.max(2, Math.floor(plotWidth / 70));
  const step = STEPS_MIN.find((s) => spanMin / s <= maxTicks) ?? STEPS_MIN.at(-1)!;
  const out: number[] = [];
  if (step < 60) {
    const { minuteOfDay } = wallClock(startMs);
    const first = startMs + (Math.ceil(minuteOfDay / step) * step - minuteOfDay) * MINUTE;
    for (let t = first; t <= endMs + 1; t += step * MINUTE) out.push(t);
    return out;
  }
  // Amsterdam's offset is a whole number of hours: every round wall-clock hour is a round UTC hour.
  const days = step / 1440;
  for (let t = Math.ceil(startMs / HOUR) * HOUR; t <= endMs + 1; t += HOUR) {
    const { minuteOfDay, day } = wallClock(t);
    if (step <= 1440 ? minuteOfDay % step === 0 : minuteOfDay === 0 && day % days === 0) out.push(t);
  }
  return out;
}

/** Above this many marks in one lane the lane is drawn as bars of counts, not a row of dots. */
const DENSE_LANE = 120;
/** width of one bar of a dense lane, in user units */
const BIN_W = 4;

/**
 * A crowded lane as a histogram: bins of BIN_W units, each bar as tall as its count relative to
 * the busiest bin, so 10,000 messages show where the traffic was instead of one solid bar.
 */
function densityBars(xs: number[], y: number, plotLeft: number, plotWidth: number, colour: string): string[] {
  const bins = new Map<number, number>();
  for (const cx of xs) {
    const b = Math.min(Math.floor((cx - plotLeft) / BIN_W), Math.floor(plotWidth / BIN_W));
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  const max = Math.max(...bins.values());
  const full = LANE_H - 4;
  return [...bins].map(([b, count]) => {
    const h = Math.max(1.5, (count / max) * full);
    return `<rect x="${n(plotLeft + b * BIN_W)}" y="${n(y + full / 2 - h)}" width="${BIN_W - 0.8}" height="${n(h)}" fill="${colour}"/>`;
  });
}

/**
 * The timeline picture as an SVG string: phases as coloured bands over time, one lane per audience
 * with a dot per message, a lane for received messages and one for regulator notifications,
 * dashed lines at phase changes, and an Amsterdam time axis. Pure string building, so the same
 * picture goes into the PDF (as vector) and, rasterised, into Word.
 */
export function renderTimelineSvg(data: TimelineData, options: TimelineSvgOptions): string {
  const L = textsOf(options.language, 'document');
  const locale = options.language;
  const width = Math.max(300, options.width);
  const plotLeft = LABEL_W;
  const plotRight = width - 8;
  const plotWidth = plotRight - plotLeft;
  const startMs = Date.parse(data.start);
  const endMs = Math.max(Date.parse(data.end), startMs + 30 * MINUTE);
  const x = (iso: string | number) => {
    const t = typeof iso === 'number' ? iso : Date.parse(iso);
    return plotLeft + ((Math.min(Math.max(t, startMs), endMs) - startMs) / (endMs - startMs)) * plotWidth;
  };

  const lanes = [
    ...AUDIENCES.map((a) => ({ key: a as string, label: AUDIENCE_LABELS[a].short[locale] })),
    { key: 'received', label: L.timeline.received },
    { key: 'regulators', label: L.timeline.regulators },
  ];
  const laneTop = BAND_H + 6;
  const laneY = (i: number) => laneTop + i * LANE_H + LANE_H / 2;
  const lanesBottom = laneTop + lanes.length * LANE_H;
  const axisY = lanesBottom + 2;

  const phasesSeen = PHASES.filter((p) => data.periods.some((x) => x.phase === p));
  const legendItems = phasesSeen.map((p) => PHASE_LABELS[p].short[locale]);
  // Legend rows: a simple left-to-right flow with a rough text-width estimate (6 units a letter).
  const legendRows: { phase: Phase; label: string; x: number }[][] = [[]];
  let cursor = plotLeft;
  phasesSeen.forEach((p, i) => {
    const w = 14 + legendItems[i]!.length * 5.6 + 14;
    if (cursor + w > plotRight && legendRows.at(-1)!.length > 0) {
      legendRows.push([]);
      cursor = plotLeft;
    }
    legendRows.at(-1)!.push({ phase: p, label: legendItems[i]!, x: cursor });
    cursor += w;
  });
  const legendTop = axisY + AXIS_H - 4;
  const height = Math.ceil(legendTop + legendRows.length * LEGEND_ROW_H + 4);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="9">`,
  );
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`);

  // Phase bands across the top row and, lighter, behind the lanes.
  for (const p of data.periods) {
    const x0 = x(p.start);
    const w = Math.max(0.8, x(p.end) - x0);
    out.push(
      `<rect x="${n(x0)}" y="0" width="${n(w)}" height="${BAND_H}" fill="${PHASE_COLOURS[p.phase]}" stroke="${PHASE_EDGES[p.phase]}" stroke-width="0.6"/>`,
    );
    out.push(
      `<rect x="${n(x0)}" y="${laneTop}" width="${n(w)}" height="${lanesBottom - laneTop}" fill="${PHASE_COLOURS[p.phase]}" fill-opacity="0.45"/>`,
    );
    const label = PHASE_LABELS[p.phase].short[locale];
    if (w > label.length * 5.2 + 6) {
      out.push(
        `<text x="${n(x0 + 4)}" y="${BAND_H / 2 + 3}" fill="${INK}" font-size="8.5">${escapeXml(label)}</text>`,
      );
    }
  }
  out.push(
    `<text x="4" y="${BAND_H / 2 + 3}" fill="${INK}" font-weight="bold">${escapeXml(L.timeline.phases)}</text>`,
  );

  // Lanes: label, base line.
  lanes.forEach((lane, i) => {
    const y = laneY(i);
    out.push(`<text x="4" y="${n(y + 3)}" fill="${INK}">${escapeXml(lane.label)}</text>`);
    out.push(
      `<line x1="${plotLeft}" y1="${n(y)}" x2="${plotRight}" y2="${n(y)}" stroke="#C5CCD6" stroke-width="0.5"/>`,
    );
  });

  // Phase changes: a dashed line through every lane.
  for (const c of data.phaseChanges) {
    const cx = n(x(c.at));
    out.push(
      `<line x1="${cx}" y1="0" x2="${cx}" y2="${lanesBottom}" stroke="${PHASE_EDGES[c.to]}" stroke-width="1" stroke-dasharray="3 2"/>`,
    );
  }

  // Messages sent: a filled dot in the audience's lane. Marks closer than half a unit are drawn
  // once: on paper they are one dot anyway, and a 10,000-entry log would otherwise mean thousands
  // of identical circles for the PDF and the rasteriser to draw.
  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
  const drawn = new Set<string>();
  const once = (lane: number, cx: number) => {
    const key = `${lane}:${Math.round(cx * 2)}`;
    if (drawn.has(key)) return false;
    drawn.add(key);
    return true;
  };
  const byLane = new Map<number, number[]>();
  for (const m of data.messages) {
    const lane = laneIndex.get(m.audience) ?? 0;
    const xs = byLane.get(lane);
    if (xs) xs.push(x(m.at));
    else byLane.set(lane, [x(m.at)]);
  }
  for (const [lane, xs] of byLane) {
    if (xs.length > DENSE_LANE) {
      out.push(...densityBars(xs, laneY(lane), plotLeft, plotWidth, ACCENT));
      continue;
    }
    for (const cx of xs)
      if (once(lane, cx)) out.push(`<circle cx="${n(cx)}" cy="${n(laneY(lane))}" r="3.2" fill="${ACCENT}"/>`);
  }
  const receivedLane = laneIndex.get('received')!;
  const receivedY = laneY(receivedLane);
  if (data.received.length > DENSE_LANE) {
    out.push(
      ...densityBars(
        data.received.map((r) => x(r.at)),
        receivedY,
        plotLeft,
        plotWidth,
        MUTED,
      ),
    );
  } else {
    for (const r of data.received) {
      const cx = x(r.at);
      if (!once(receivedLane, cx)) continue;
      out.push(
        `<circle cx="${n(cx)}" cy="${n(receivedY)}" r="3" fill="#FFFFFF" stroke="${MUTED}" stroke-width="1.2"/>`,
      );
    }
  }
  const regY = laneY(laneIndex.get('regulators')!);
  for (const r of data.notifications) {
    const cx = x(r.at);
    out.push(
      `<path d="M ${n(cx)} ${n(regY - 5)} L ${n(cx + 5)} ${n(regY)} L ${n(cx)} ${n(regY + 5)} L ${n(cx - 5)} ${n(regY)} Z" fill="${ALERT}"/>`,
    );
    out.push(
      `<line x1="${n(cx)}" y1="${laneTop}" x2="${n(cx)}" y2="${n(regY - 5)}" stroke="${ALERT}" stroke-width="0.6" stroke-opacity="0.6"/>`,
    );
  }

  // Time axis on the Amsterdam wall clock; the date is added where the day changes.
  out.push(
    `<line x1="${plotLeft}" y1="${axisY}" x2="${plotRight}" y2="${axisY}" stroke="${INK}" stroke-width="0.7"/>`,
  );
  let lastDay = '';
  for (const t of ticks(startMs, endMs, plotWidth)) {
    const tx = n(x(t));
    const iso = new Date(t).toISOString();
    const day = formatAmsterdam(iso, 'dd-MM');
    out.push(
      `<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 4}" stroke="${INK}" stroke-width="0.7"/>`,
    );
    out.push(
      `<text x="${tx}" y="${axisY + 14}" text-anchor="middle" fill="${INK}">${formatAmsterdam(iso, 'HH:mm')}</text>`,
    );
    if (day !== lastDay) {
      out.push(
        `<text x="${tx}" y="${axisY + 24}" text-anchor="middle" fill="${MUTED}" font-size="8">${day}</text>`,
      );
      lastDay = day;
    }
  }

  // Legend of the phase colours.
  legendRows.forEach((row, r) => {
    const y = legendTop + r * LEGEND_ROW_H;
    for (const item of row) {
      out.push(
        `<rect x="${n(item.x)}" y="${n(y)}" width="10" height="10" fill="${PHASE_COLOURS[item.phase]}" stroke="${PHASE_EDGES[item.phase]}" stroke-width="0.6"/>`,
      );
      out.push(`<text x="${n(item.x + 14)}" y="${n(y + 8.5)}" fill="${INK}">${escapeXml(item.label)}</text>`);
    }
  });

  out.push('</svg>');
  return out.join('');
}
