/** Shell texts in Dutch, the default language. Written for people under pressure: short and plain. */
export const common = {
  appName: 'Ketenbord',
  tagline: 'Crisiscommunicatie in de keten',
  skipToContent: 'Direct naar de inhoud',
  nav: {
    label: 'Onderdelen',
    home: 'Overzicht',
    protocol: 'Protocol',
    incidents: 'Incidenten',
    board: 'Bord',
    log: 'Logboek',
    reports: 'Rapportages',
    settings: 'Instellingen',
    about: 'Over Ketenbord',
    exercise: 'Oefenleiding',
    shortcutHint: 'Sneltoets: Alt+{{key}}',
  },
  workspace: {
    title: 'Werkmap',
    current: 'Huidige werkmap',
    none: 'Geen werkmap geopend',
    readOnlyTitle: 'Alleen-lezen',
    open: 'Openen',
    create: 'Nieuwe werkmap maken',
    pathLabel: 'Map (volledig pad)',
    recent: 'Recent gebruikt',
    default: 'Standaardmap',
    problemTitle: 'Een bestand was beschadigd',
    restore: 'Reservekopie terugzetten',
    restored: 'De reservekopie is teruggezet.',
    opened: 'Werkmap geopend.',
    dataNote:
      'Alles staat in deze map op uw eigen computer of netwerkschijf: het protocol, de incidenten en de logboeken. Er gaat niets naar internet.',
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    theme: 'Weergave',
    themeDark: 'Donker (projector)',
    themeLight: 'Licht',
    boardScale: 'Lettergrootte op het bord',
    saved: 'Opgeslagen.',
  },
  home: {
    title: 'Overzicht',
    intro:
      'Ketenbord helpt het crisisteam om in een crisis iedereen in de keten op tijd en op de juiste manier te informeren.',
    steps: {
      protocol: 'Vul in rustige tijden het protocol in: systemen, partners, contactpersonen en kanalen.',
      incident: 'Start bij een incident een incident en zet het bord op de projector.',
      log: 'Leg elk verzonden bericht vast in het logboek.',
      report: 'Maak na afloop het nazorgrapport of de oefenevaluatie.',
    },
  },
  about: {
    title: 'Over Ketenbord',
    version: 'Versie {{version}}',
    host: 'Draait als: {{host}}',
    hostElectron: 'desktop-app',
    hostWeb: 'browser (lokaal op deze computer)',
    basedOn:
      'Ketenbord is gebaseerd op de handreiking "Ketencommunicatie bij Crises" (versie 1.1, maart 2020) van het Centrum Informatiebeveiliging en Privacybescherming (CIP).',
    licenceCip:
      'De inhoud van de handreiking valt onder de licentie Creative Commons Naamsvermelding-GelijkDelen 4.0 (CC BY-SA 4.0). Ketenbord gebruikt de structuur, de matrix en de tien acties daaruit; alle teksten in de app zijn eigen bewerkingen.',
    licenceApp: 'De broncode van Ketenbord valt onder de EUPL-1.2.',
    offline: 'Ketenbord werkt volledig zonder internet en stuurt zelf nooit berichten.',
  },
  placeholder: 'Dit onderdeel wordt nog gebouwd.',
  actions: { save: 'Opslaan', cancel: 'Annuleren', close: 'Sluiten', retry: 'Opnieuw proberen' },
  errors: { title: 'Er ging iets mis', offline: 'Geen verbinding met Ketenbord. Draait het programma nog?' },
  loading: 'Laden…',
};
export type CommonTexts = typeof common;
