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
    room: 'Crisiskamer',
    exercise: 'Oefenleiding',
    replay: 'Terugkijken',
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
    singleKeys: 'Sneltoetsen met één letter op het bord (L, N, M, …)',
    singleKeysHint:
      'Zet dit uit als spraakbesturing of een onbedoelde toetsaanslag acties opent. Pijltjes, Esc en de knoppen blijven werken.',
    saved: 'Opgeslagen.',
  },
  home: {
    title: 'Overzicht',
    intro:
      'Ketenbord helpt het crisisteam om in een crisis iedereen in de keten op tijd en op de juiste manier te informeren.',
    firstStart: {
      heading: 'Hoe wilt u beginnen?',
      intro:
        'Deze werkmap heeft nog geen protocol. Kies een van de drie ingangen; u kunt later altijd aanvullen.',
      importTitle: 'Word-protocol importeren',
      importBody:
        'Heeft u het protocol al in Word, met de tabellen uit bijlage I? Lees het in en vul alleen aan wat ontbreekt.',
      sampleTitle: 'Demo laden',
      sampleBody:
        'Een verzonnen organisatie met partners en contactpersonen, om Ketenbord te leren kennen of een oefening voor te bereiden.',
      sampleButton: 'Demoprotocol laden',
      emptyTitle: 'Leeg beginnen',
      emptyBody: 'Vul het protocol stap voor stap zelf in, te beginnen met de naam van uw organisatie.',
      loading: 'Bezig met laden…',
    },
    firstSteps: {
      heading: 'Eerste stappen',
      intro: 'Dit heeft het crisisteam op de dag zelf minimaal nodig. Elke stap brengt u naar het veld.',
      done: 'gedaan',
      organisation: 'Naam van de organisatie invullen',
      systems: 'De cruciale informatiesystemen vastleggen',
      chainPartners: 'Keten- en netwerkpartners vastleggen',
      crisisTeam: 'Het crisisteam bemensen, met vervangers',
      endResponsibles: 'Eindverantwoordelijken aanwijzen',
      channels: 'Per stakeholder de kanalen aanvinken',
      escalation: 'Opschalingsafspraken met CIO en CISO vastleggen',
      exercise: 'De volgende oefening plannen',
    },
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
  /** what every screen says about loading its data (renderer/src/api/use-live-call.ts) */
  data: {
    loadFailed: 'Deze gegevens konden niet worden geladen.',
    changedElsewhere:
      'Dit is intussen ergens anders gewijzigd (een ander venster, een import of een collega). Uw wijzigingen staan er nog en zijn niet opgeslagen.',
    reloadDiscard: 'Nieuwe versie laden (uw wijzigingen vervallen)',
  },
};
export type CommonTexts = typeof common;
