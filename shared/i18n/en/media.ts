import type { media as nl } from '../nl/media';

export const media: typeof nl = {
  button: 'Media round',
  key: 'media round',
  title: 'Record a media round',
  medium: 'Medium',
  due: 'round {{time}} · {{watcher}}',
  noMedia: 'The protocol names no media to follow. Fill in media monitoring under Protocol.',
  volume: 'How much attention',
  volumes: {
    none: 'None',
    low: 'Little',
    moderate: 'Moderate',
    high: 'A lot',
    storm: 'Storm',
  },
  tone: 'Tone',
  tones: {
    positive: 'Positive',
    neutral: 'Neutral',
    negative: 'Negative',
  },
  summary: 'What is this medium saying now?',
  notable: 'Notable posts or articles (optional)',
  links: 'Links (optional, one per line)',
  badLink: 'This is not a full link (start with https://): {{link}}',
  submit: 'Record',
  suggestTitle: 'The tone is turning',
  suggest:
    'This round is negative. Does the nature "Negative publicity" now belong to this incident? It changes what the matrix asks; the team decides.',
  addNature: 'Add the nature',
  notNow: 'Not now',
  status: {
    heading: 'Media rounds:',
    none: 'none (no media on the roster, or the incident is closed)',
    line: '{{medium}}: next round {{time}} · {{watcher}} · every {{minutes}} min',
    overdue: ' (overdue)',
    noWatcher: 'nobody assigned',
  },
};
