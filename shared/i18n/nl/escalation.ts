/** Dutch texts of the escalation conditions on the board (issue 16). */
export const escalation = {
  button: 'Escalatie',
  title: 'Escalatievoorwaarden',
  intro:
    'De voorwaarden die in het protocol zijn afgesproken. Is er een voldaan? Leg dat vast: wie en wanneer komen in het logboek en in de rapportage.',
  none: 'Het protocol noemt geen escalatievoorwaarden. Vul ze in bij Protocol.',
  owner: 'Eigenaar: {{name}}',
  agreedOn: 'afgesproken {{date}}',
  met: 'Voldaan om {{time}} door {{by}}',
  question: 'Voldaan?',
  markMet: 'Voldaan',
  markMetLabel: 'Voorwaarde voldaan: {{text}}',
  nextTitle: 'Wat nu volgens het protocol',
  nextConvene: 'Roep het crisisteam bijeen{{lead}}.',
  nextLead: ' (voorzitter: {{name}})',
  nextReview: 'Bekijk of de aard van het incident en de zichtbaarheid per doelgroep nog kloppen.',
  review: 'Aard en zichtbaarheid herzien',
  close: 'Sluiten',
};
