/** Dutch texts of replay (issue 16). */
export const replay = {
  intro:
    'Kijk een incident of oefening terug voor de evaluatie: het bord toont op elk moment precies wat het toen liet zien, met de logregels zoals ze werden vastgelegd.',
  incident: 'Incident',
  none: 'Er zijn nog geen incidenten om terug te kijken.',
  moment: 'Tijdstip',
  band: 'TERUGKIJKEN · {{time}}',
  previous: '◀ Vorige regel',
  next: 'Volgende regel ▶',
  play: 'Afspelen',
  pause: 'Pauze',
  speed: 'Snelheid',
  toStart: 'Naar het begin',
  toEnd: 'Naar het eind',
  loading: 'Laden…',
  wallBand: 'TERUGKIJKEN — stand van {{time}}',
  wallHint: 'Niet live · {{date}} · {{incident}}',
  project: 'Op de projector tonen',
  projectOn: 'De projector volgt dit moment',
  projectHint:
    'De projector toont het bord van dit moment, met de band TERUGKIJKEN, tot u hier stopt of deze pagina verlaat.',
  projectFailed: 'De projector kon dit moment niet overnemen: {{reason}}',
};
