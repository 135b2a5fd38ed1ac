import type { cli as nl } from '../nl/cli';

export const cli: typeof nl = {
  status: {
    exercise: ' — EXERCISE',
    header: 'Phase: {{phase}} · tracked since {{since}} · norm {{norm}} min',
    notYet: 'not yet',
    waitingFor: 'Waiting for:',
    nothing: '  nothing',
    overdue: ' (overdue)',
    words: {
      done: 'done',
      doneLate: 'done, late',
      partial: 'partly done',
      open: 'open',
      missed: 'missed',
      notApplicable: 'not applicable',
      satisfiedEarlier: 'already done',
      notNeeded: 'not needed',
      notRequired: 'not required',
      upcoming: 'later',
    },
  },
  errors: {
    needWorkspaceAndIncident: 'give --workspace and --incident.',
    badIncidentId: '"{{id}}" is not a valid incident id.',
    badLanguage: '--lang must be nl or en, not "{{value}}".',
    badKind: '--kind must be aftercare or evaluation, not "{{value}}".',
    badFormat: '--format must be docx or pdf, not "{{value}}".',
    badClassification: '--classification must be none, intern or vertrouwelijk, not "{{value}}".',
    needReportArguments: 'give --incident, --kind, --format, --workspace and --out.',
    chooseFormat: 'Choose --format docx or --format pdf.',
    chooseLanguage: 'Choose --lang nl or --lang en.',
    needWorkspaceAndOut: 'Give both --workspace and --out.',
    needWorkspace: 'Give the workspace with --workspace.',
    noProtocolYet: 'Note: this workspace has no protocol.json yet; the empty starting protocol was checked.',
    noLog: 'No log found: {{file}}',
  },
};
