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
  report: {
    rounds:
      '{{rounds}} media rounds and {{observations}} separate observations across {{media}} media. Below, per medium, the attention and the tone over time, and what stood out.',
    course: '{{medium}}: {{count}} rounds; tone {{tones}}',
    courseOne: '{{medium}}: 1 round; tone {{tones}}',
    chartCaption:
      'Attention per medium over time (height of the line, from none to storm) with the tone of each round (shape of the mark). Small marks under the line are separate observations.',
    legendUnknown: 'tone unknown',
    legendLine: 'line: attention per round',
    legendObservation: 'small mark: separate observation',
    notableTitle: 'What stood out',
    notableIntro:
      'Rounds with notable posts or links, and everything that was negative or drew a lot of attention. Every round and observation is in the log.',
    noneNotable: 'Nothing notable was recorded.',
    cols: {
      at: 'Time',
      medium: 'Medium',
      source: 'Source',
      volume: 'Attention',
      tone: 'Tone',
      said: 'What was said',
      by: 'By',
    },
    sources: { mediaRound: 'round', observation: 'observation' },
    tones: { positive: 'positive', neutral: 'neutral', negative: 'negative', unknown: '–' },
    volumes: { none: 'none', low: 'little', moderate: 'moderate', high: 'a lot', storm: 'storm' },
  },
};
