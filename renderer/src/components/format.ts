import { formatAmsterdam } from '../../../shared/log/time';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Milliseconds as the room reads them on a clock face: 3:07:45, 71:59:59 (a 72-hour deadline reads
 * in hours, as the law states it), and from four days on 29 d 23:58 for the one-month clock.
 * Negative durations are shown by their size; the caller says "late". (Not the reports' duration
 * in words, shared/report/format.ts, which takes minutes and says "2 u 05 min".)
 */
export function clockFaceDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days >= 4) return `${days} d ${pad(hours)}:${pad(minutes)}`;
  return `${hours + days * 24}:${pad(minutes)}:${pad(seconds)}`;
}

/** Wall-clock time in Dutch time, whatever the PC's zone (the log does the same). */
export const clockTime = (now: Date): string => formatAmsterdam(now.toISOString(), 'HH:mm:ss');
export const dateTime = (iso: string): string => formatAmsterdam(iso, 'dd-MM-yyyy HH:mm');
export const timeOnly = (iso: string): string => formatAmsterdam(iso, 'HH:mm');
