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
  /** the report's media picture (rounds and observations together) */
  report: {
    rounds:
      '{{rounds}} mediarondes en {{observations}} losse waarnemingen over {{media}} media. Hieronder per medium de aandacht en de toon in de tijd, en wat opviel.',
    course: '{{medium}}: {{count}} rondes; toon {{tones}}',
    courseOne: '{{medium}}: 1 ronde; toon {{tones}}',
    chartCaption:
      'Aandacht per medium in de tijd (hoogte van de lijn, van geen tot storm) met de toon van elke ronde (vorm van het teken). Kleine tekens onder de lijn zijn losse waarnemingen.',
    legendUnknown: 'toon onbekend',
    legendLine: 'lijn: aandacht per ronde',
    legendObservation: 'klein teken: losse waarneming',
    notableTitle: 'Wat opviel',
    notableIntro:
      'Rondes met opvallende berichten of links, en alles wat negatief was of veel aandacht kreeg. Alle rondes en waarnemingen staan in het logboek.',
    noneNotable: 'Er is niets opvallends vastgelegd.',
    cols: {
      at: 'Tijd',
      medium: 'Medium',
      source: 'Bron',
      volume: 'Aandacht',
      tone: 'Toon',
      said: 'Wat er werd gezegd',
      by: 'Door',
    },
    sources: { mediaRound: 'ronde', observation: 'waarneming' },
    tones: { positive: 'positief', neutral: 'neutraal', negative: 'negatief', unknown: '–' },
    volumes: { none: 'geen', low: 'weinig', moderate: 'gemiddeld', high: 'veel', storm: 'storm' },
  },
};
