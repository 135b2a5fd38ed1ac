import type { CommonTexts } from '../nl/common';

export const common: CommonTexts = {
  appName: 'Ketenbord',
  tagline: 'Crisis communication across the chain',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Sections',
    home: 'Overview',
    protocol: 'Protocol',
    incidents: 'Incidents',
    board: 'Board',
    log: 'Log',
    reports: 'Reports',
    settings: 'Settings',
    about: 'About Ketenbord',
    room: 'Crisis room',
    exercise: 'Exercise leader',
    replay: 'Replay',
    shortcutHint: 'Shortcut: Alt+{{key}}',
  },
  workspace: {
    title: 'Workspace',
    current: 'Current workspace',
    none: 'No workspace open',
    readOnlyTitle: 'Read-only',
    open: 'Open',
    create: 'Create new workspace',
    pathLabel: 'Folder (full path)',
    recent: 'Recently used',
    default: 'Default folder',
    problemTitle: 'A file was damaged',
    restore: 'Restore backup',
    restored: 'The backup was restored.',
    opened: 'Workspace opened.',
    dataNote:
      'Everything is kept in this folder on your own computer or network drive: the protocol, the incidents and the logs. Nothing goes to the internet.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    theme: 'Appearance',
    themeDark: 'Dark (projector)',
    themeLight: 'Light',
    boardScale: 'Text size on the board',
    singleKeys: 'Single-letter shortcuts on the board (L, N, M, …)',
    singleKeysHint:
      'Turn this off when speech input or a stray key press opens actions. Arrows, Esc and the buttons keep working.',
    saved: 'Saved.',
  },
  home: {
    title: 'Overview',
    intro:
      'Ketenbord helps the crisis team inform everyone in the chain on time and in the right way during a crisis.',
    firstStart: {
      heading: 'How would you like to start?',
      intro:
        'This workspace has no protocol yet. Choose one of the three ways in; you can always add more later.',
      importTitle: 'Import the Word protocol',
      importBody:
        'Do you already have the protocol in Word, with the tables of Annex I? Read it in and fill in only what is missing.',
      sampleTitle: 'Load the demo',
      sampleBody:
        'A made-up organisation with partners and contacts, to get to know Ketenbord or to prepare an exercise.',
      sampleButton: 'Load demo protocol',
      emptyTitle: 'Start empty',
      emptyBody: 'Fill in the protocol yourself step by step, starting with the name of your organisation.',
      loading: 'Loading…',
    },
    firstSteps: {
      heading: 'First steps',
      intro: 'What the crisis team needs at the very least on the day. Each step takes you to the field.',
      done: 'done',
      organisation: 'Fill in the name of the organisation',
      systems: 'Record the critical information systems',
      chainPartners: 'Record the chain and network partners',
      crisisTeam: 'Staff the crisis team, with deputies',
      endResponsibles: 'Name who is ultimately responsible',
      channels: 'Tick the channels for each stakeholder',
      escalation: 'Record the escalation conditions agreed with the CIO and CISO',
      exercise: 'Plan the next exercise',
    },
    steps: {
      protocol: 'In quiet times, fill in the protocol: systems, partners, contacts and channels.',
      incident: 'When an incident happens, start an incident and put the board on the projector.',
      log: 'Record every message sent in the log.',
      report: 'Afterwards, produce the aftercare report or the exercise evaluation.',
    },
  },
  about: {
    title: 'About Ketenbord',
    version: 'Version {{version}}',
    host: 'Running as: {{host}}',
    hostElectron: 'desktop app',
    hostWeb: 'browser (locally on this computer)',
    basedOn:
      'Ketenbord is based on the guide "Ketencommunicatie bij Crises" (chain communication in crises, version 1.1, March 2020) by the Centrum Informatiebeveiliging en Privacybescherming (CIP).',
    licenceCip:
      "The guide's content is licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0). Ketenbord uses its structure, its matrix and its ten actions; every text in the app is our own adaptation.",
    licenceApp: "Ketenbord's source code is licensed under the EUPL-1.2.",
    offline: 'Ketenbord works entirely without the internet and never sends messages itself.',
  },
  placeholder: 'This section is still being built.',
  actions: { save: 'Save', cancel: 'Cancel', close: 'Close', retry: 'Try again' },
  errors: {
    title: 'Something went wrong',
    offline: 'No connection to Ketenbord. Is the program still running?',
  },
  loading: 'Loading…',
  /** what every screen says about loading its data (renderer/src/api/use-live-call.ts) */
  data: {
    loadFailed: 'This data could not be loaded.',
    changedElsewhere:
      'This was changed elsewhere in the meantime (another window, an import or a colleague). Your changes are still here and have not been saved.',
    reloadDiscard: 'Load the new version (your changes are dropped)',
  },
};
