import { useCallback, useEffect } from 'react';
import type { ExerciseView } from '../../../../shared/api/exercise-api';
import { call } from '../../api/client';
import { type LiveCall, useLiveCall } from '../../api/use-live-call';

const EVENTS = ['exercise.changed', 'log.appended', 'incidents.changed', 'workspace.changed'] as const;
/** "still open" turns into "no response" with time alone: ask again now and then while it runs */
const REFRESH_MS = 5000;

/** The exercise of the incident on the board, kept live. */
export function useExercise(): LiveCall<ExerciseView | null> {
  const load = useCallback(() => call('exercise.get', {}), []);
  const live = useLiveCall(load, EVENTS);
  const running = live.data?.status === 'running';
  const { reload } = live;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, reload]);
  return live;
}

/** Scenario time now, from the last answer and the speed, so the clock ticks between answers. */
export function scenarioElapsed(view: ExerciseView, nowMs: number): number {
  if (view.status !== 'running') return view.elapsedMs;
  return view.elapsedMs + Math.max(0, nowMs - Date.parse(view.now)) * view.speed;
}

/** 1:05:09 — hours, minutes, seconds of scenario time. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** T+ of an inject: minutes as h:mm. */
export function formatOffset(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
