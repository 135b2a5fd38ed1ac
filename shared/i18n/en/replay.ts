import type { replay as nl } from '../nl/replay';

export const replay: typeof nl = {
  intro:
    'Replay an incident or exercise for the evaluation: at every moment the board shows exactly what it showed then, with the log lines as they were recorded.',
  incident: 'Incident',
  none: 'There are no incidents to replay yet.',
  moment: 'Moment',
  band: 'REPLAY · {{time}}',
  previous: '◀ Previous line',
  next: 'Next line ▶',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  toStart: 'To the start',
  toEnd: 'To the end',
  loading: 'Loading…',
};
