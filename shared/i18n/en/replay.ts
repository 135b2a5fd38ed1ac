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
  wallBand: 'REPLAY — as it stood at {{time}}',
  wallHint: 'Not live · {{date}} · {{incident}}',
  project: 'Show on the projector',
  projectOn: 'The projector follows this moment',
  projectHint:
    'The projector shows the board of this moment, under a REPLAY band, until you stop here or leave this page.',
  projectFailed: 'The projector could not take over this moment: {{reason}}',
};
