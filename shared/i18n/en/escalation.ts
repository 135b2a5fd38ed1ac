import type { escalation as nl } from '../nl/escalation';

export const escalation: typeof nl = {
  button: 'Escalation',
  title: 'Escalation conditions',
  intro:
    'The conditions agreed in the protocol. Is one met? Record it: who and when go into the log and the report.',
  none: 'The protocol names no escalation conditions. Fill them in under Protocol.',
  owner: 'Owner: {{name}}',
  agreedOn: 'agreed {{date}}',
  met: 'Met at {{time}} by {{by}}',
  question: 'Met?',
  markMet: 'Met',
  markMetLabel: 'Condition met: {{text}}',
  nextTitle: 'What the protocol says comes next',
  nextConvene: 'Convene the crisis team{{lead}}.',
  nextLead: ' (chair: {{name}})',
  nextReview: 'Check whether the nature of the incident and the visibility per audience still hold.',
  review: 'Review nature and visibility',
  close: 'Close',
};
