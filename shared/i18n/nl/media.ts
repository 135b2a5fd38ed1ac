/** Dutch texts of media rounds on the board (issue 16). */
export const media = {
  button: 'Mediaronde',
  key: 'mediaronde',
  title: 'Mediaronde vastleggen',
  medium: 'Medium',
  due: 'ronde {{time}} · {{watcher}}',
  noMedia: 'Het protocol noemt geen media om te volgen. Vul de mediamonitoring in bij Protocol.',
  volume: 'Hoeveel aandacht',
  volumes: {
    none: 'Geen',
    low: 'Weinig',
    moderate: 'Gemiddeld',
    high: 'Veel',
    storm: 'Storm',
  },
  tone: 'Toon',
  tones: {
    positive: 'Positief',
    neutral: 'Neutraal',
    negative: 'Negatief',
  },
  summary: 'Wat zegt dit medium nu?',
  notable: 'Opvallende berichten (optioneel)',
  links: 'Links (optioneel, één per regel)',
  badLink: 'Dit is geen volledige link (begin met https://): {{link}}',
  submit: 'Vastleggen',
  suggestTitle: 'De toon slaat om',
  suggest:
    'Deze ronde is negatief. Hoort de aard "Negatieve publiciteit" nu bij dit incident? Dat verandert wat de matrix vraagt; het team beslist.',
  addNature: 'Aard toevoegen',
  notNow: 'Niet nu',
  /** `ketenbord status`: the media rounds, one line per medium */
  status: {
    heading: 'Mediarondes:',
    none: 'geen (geen media in het rooster, of het incident is gesloten)',
    line: '{{medium}}: volgende ronde {{time}} · {{watcher}} · elke {{minutes}} min',
    overdue: ' (te laat)',
    noWatcher: 'niemand aangewezen',
  },
};
