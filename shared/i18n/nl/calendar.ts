/** Dutch texts of the calendar invitation for the next exercise (the .ics file). */
export const calendar = {
  summary: 'Oefening crisiscommunicatie',
  summaryFor: 'Oefening crisiscommunicatie – {{organisation}}',
  purpose: 'Jaarlijkse oefening crisiscommunicatie met de ketenpartners, volgens het protocol in Ketenbord.',
  afterwards:
    'Werk na afloop het protocol bij: contactgegevens, vervangers, kanalen en de datum van de volgende oefening.',
  crisisTeam: 'Crisisteam:',
  reminder: 'Morgen: {{summary}}',
  fileName: 'oefening',
  noDate: 'Er is geen datum voor de volgende oefening ingevuld.',
};
