import { textsOf } from '../i18n/texts';
import type { MediaVolume } from '../log/entry-schema';
import { formatAmsterdam } from '../log/time';
import type { Locale } from '../matrix/labels';
import type { MediaItem, MediaTone } from './media-section';
import {
  SVG_FONT as FONT,
  SVG_INK as INK,
  SVG_ACCENT as LINE,
  SVG_MUTED as MUTED,
  svgNumber as n,
} from './svg-style';
import { escapeXml, ticks } from './timeline-svg';

/**
 * The media picture as a small chart (issue 16), drawn like the timeline: pure SVG text, so the
 * PDF takes it as vector and Word as a PNG rasterised by resvg. One row per medium over the
 * incident's time: a line through the attention each round recorded (none at the bottom, storm at
 * the top) and a mark per round whose shape and colour give the tone (shape alone reads in black
 * and white); separate observations, which have no attention level, are small marks under the line.
 */
export interface MediaChartInput {
  start: string;
  end: string;
  media: { medium: string; items: MediaItem[] }[];
}

const VOLUME_LEVEL: Readonly<Record<MediaVolume, number>> = {
  none: 0,
  low: 1,
  moderate: 2,
  high: 3,
  storm: 4,
};
const TONE_COLOUR: Readonly<Record<MediaTone, string>> = {
  positive: '#2F855A',
  neutral: '#5F6B7A',
  negative: '#B42318',
  unknown: '#5F6B7A',
};
const GRID = '#D5D9E0';

const LABEL_W = 104;
const PLOT_H = 34;
const STRIP_H = 12;
const ROW_GAP = 8;
const ROW_H = PLOT_H + STRIP_H + ROW_GAP;
const AXIS_H = 22;
const LEGEND_H = 18;
const MINUTE = 60_000;

/** A tone mark: ▲ positive, ● neutral, ■ negative, ○ unknown; `size` is its half-width. */
function mark(tone: MediaTone, cx: number, cy: number, size: number): string {
  const fill = TONE_COLOUR[tone];
  if (tone === 'positive')
    return `<path d="M ${n(cx)} ${n(cy - size * 1.15)} L ${n(cx + size * 1.15)} ${n(cy + size * 0.9)} L ${n(cx - size * 1.15)} ${n(cy + size * 0.9)} Z" fill="${fill}"/>`;
  if (tone === 'negative')
    return `<rect x="${n(cx - size)}" y="${n(cy - size)}" width="${n(size * 2)}" height="${n(size * 2)}" fill="${fill}"/>`;
  if (tone === 'unknown')
    return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(size)}" fill="#FFFFFF" stroke="${fill}" stroke-width="1.2"/>`;
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(size)}" fill="${fill}"/>`;
}

/** Medium names are cut to fit the label column (about 5 units a letter at this size). */
function fitLabel(text: string): string {
  const max = Math.floor((LABEL_W - 34) / 5);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function renderMediaChartSvg(
  input: MediaChartInput,
  options: { width: number; language: Locale },
): string {
  const T = textsOf(options.language, 'media').report;
  const width = Math.max(300, options.width);
  const plotLeft = LABEL_W;
  const plotRight = width - 10;
  const plotWidth = plotRight - plotLeft;
  const startMs = Date.parse(input.start);
  const endMs = Math.max(Date.parse(input.end), startMs + 30 * MINUTE);
  const x = (iso: string) =>
    plotLeft +
    ((Math.min(Math.max(Date.parse(iso), startMs), endMs) - startMs) / (endMs - startMs)) * plotWidth;
  const rowsBottom = input.media.length * ROW_H;
  const out: string[] = [];

  input.media.forEach((row, i) => {
    const top = i * ROW_H;
    const base = top + PLOT_H - 3;
    const levelY = (level: number) => base - (level / 4) * (PLOT_H - 8);
    out.push(
      `<text x="4" y="${n(top + PLOT_H / 2 + 3)}" fill="${INK}" font-weight="bold">${escapeXml(fitLabel(row.medium))}</text>`,
      `<text x="${plotLeft - 4}" y="${n(levelY(4) + 3)}" fill="${MUTED}" font-size="7" text-anchor="end">${escapeXml(T.volumes.storm)}</text>`,
      `<text x="${plotLeft - 4}" y="${n(base + 2)}" fill="${MUTED}" font-size="7" text-anchor="end">${escapeXml(T.volumes.none)}</text>`,
      `<rect x="${plotLeft}" y="${n(levelY(4) - 4)}" width="${n(plotWidth)}" height="${n(base - levelY(4) + 8)}" fill="#F7F8FA" stroke="${GRID}" stroke-width="0.6"/>`,
    );
    for (let level = 1; level < 4; level++)
      out.push(
        `<line x1="${plotLeft}" y1="${n(levelY(level))}" x2="${n(plotRight)}" y2="${n(levelY(level))}" stroke="${GRID}" stroke-width="0.5" stroke-dasharray="2 2"/>`,
      );
    const rounds = row.items.filter((item) => item.volume !== undefined);
    if (rounds.length > 1) {
      const points = rounds.map((r) => `${n(x(r.at))},${n(levelY(VOLUME_LEVEL[r.volume!]))}`).join(' ');
      out.push(`<polyline points="${points}" fill="none" stroke="${LINE}" stroke-width="1.4"/>`);
    }
    for (const r of rounds) out.push(mark(r.tone, x(r.at), levelY(VOLUME_LEVEL[r.volume!]), 3.4));
    const stripY = top + PLOT_H + STRIP_H / 2 - 1;
    for (const o of row.items.filter((item) => item.volume === undefined))
      out.push(mark(o.tone, x(o.at), stripY, 2.4));
  });

  // the time axis, on the same round Amsterdam times as the timeline
  const axisY = rowsBottom;
  out.push(
    `<line x1="${plotLeft}" y1="${axisY}" x2="${n(plotRight)}" y2="${axisY}" stroke="${INK}" stroke-width="0.8"/>`,
  );
  const multiDay =
    formatAmsterdam(input.start, 'yyyyMMdd') !== formatAmsterdam(new Date(endMs).toISOString(), 'yyyyMMdd');
  for (const t of ticks(startMs, endMs, plotWidth)) {
    const iso = new Date(t).toISOString();
    const tx = x(iso);
    out.push(
      `<line x1="${n(tx)}" y1="${axisY}" x2="${n(tx)}" y2="${axisY + 4}" stroke="${INK}" stroke-width="0.8"/>`,
      `<text x="${n(tx)}" y="${axisY + 13}" fill="${INK}" font-size="8" text-anchor="middle">${formatAmsterdam(iso, multiDay ? 'dd-MM HH:mm' : 'HH:mm')}</text>`,
    );
  }

  // the legend: the four tone marks, the line, the small mark; a second line when it runs out of room
  let legendY = axisY + AXIS_H + 8;
  let cursor = plotLeft;
  const legend = (draw: (cx: number, cy: number) => string, label: string) => {
    const w = 18 + label.length * 4.4;
    if (cursor + w > plotRight && cursor > plotLeft) {
      legendY += LEGEND_H;
      cursor = plotLeft;
    }
    out.push(
      draw(cursor + 3, legendY),
      `<text x="${n(cursor + 10)}" y="${n(legendY + 3)}" fill="${INK}" font-size="8">${escapeXml(label)}</text>`,
    );
    cursor += w;
  };
  for (const tone of ['positive', 'neutral', 'negative', 'unknown'] as const)
    legend((cx, cy) => mark(tone, cx, cy, 3.2), tone === 'unknown' ? T.legendUnknown : T.tones[tone]);
  legend(
    (cx, cy) =>
      `<line x1="${n(cx - 5)}" y1="${n(cy)}" x2="${n(cx + 4)}" y2="${n(cy)}" stroke="${LINE}" stroke-width="1.4"/>`,
    T.legendLine,
  );
  legend((cx, cy) => mark('neutral', cx, cy, 2.2), T.legendObservation);
  // the height is known once the legend has wrapped (or not)
  const height = legendY + LEGEND_H / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" font-family="${FONT}" font-size="9">`,
    `<rect x="0" y="0" width="${width}" height="${n(height)}" fill="#FFFFFF"/>`,
    ...out,
    '</svg>',
  ].join('');
}
