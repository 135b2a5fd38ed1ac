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
};
