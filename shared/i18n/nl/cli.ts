/** Dutch texts of the command line: what `ketenbord status` prints and the refusals of bad arguments. */
export const cli = {
  status: {
    exercise: ' — OEFENING',
    header: 'Fase: {{phase}} · gevolgd sinds {{since}} · norm {{norm}} min',
    notYet: 'nog niet',
    waitingFor: 'Wacht op:',
    nothing: '  niets',
    overdue: ' (te laat)',
    words: {
      done: 'gedaan',
      doneLate: 'gedaan, laat',
      partial: 'deels gedaan',
      open: 'open',
      missed: 'gemist',
      notApplicable: 'niet van toepassing',
      satisfiedEarlier: 'al gedaan',
      notNeeded: 'niet nodig',
      notRequired: 'niet vereist',
      upcoming: 'later',
    },
  },
  errors: {
    needWorkspaceAndIncident: 'geef --workspace en --incident op.',
    badIncidentId: '"{{id}}" is geen geldige incident-id.',
    badLanguage: '--lang moet nl of en zijn, niet "{{value}}".',
    badKind: '--kind moet aftercare of evaluation zijn, niet "{{value}}".',
    badFormat: '--format moet docx of pdf zijn, niet "{{value}}".',
    badClassification: '--classification moet none, intern of vertrouwelijk zijn, niet "{{value}}".',
    needReportArguments: 'geef --incident, --kind, --format, --workspace en --out op.',
    chooseFormat: 'Kies --format docx of --format pdf.',
    chooseLanguage: 'Kies --lang nl of --lang en.',
    needWorkspaceAndOut: 'Geef zowel --workspace als --out op.',
    needWorkspace: 'Geef de werkmap op met --workspace.',
    noProtocolYet:
      'Let op: deze werkmap heeft nog geen protocol.json; gecontroleerd is het lege beginprotocol.',
    noLog: 'Geen logboek gevonden: {{file}}',
  },
};
