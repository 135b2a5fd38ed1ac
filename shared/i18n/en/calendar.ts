import type { calendar as nl } from '../nl/calendar';

export const calendar: typeof nl = {
  summary: 'Crisis communication exercise',
  summaryFor: 'Crisis communication exercise – {{organisation}}',
  purpose:
    'Yearly crisis communication exercise with the chain partners, following the protocol in Ketenbord.',
  afterwards:
    'Afterwards, bring the protocol up to date: contact details, deputies, channels and the date of the next exercise.',
  crisisTeam: 'Crisis team:',
  reminder: 'Tomorrow: {{summary}}',
  fileName: 'exercise',
  noDate: 'No date has been filled in for the next exercise.',
};
