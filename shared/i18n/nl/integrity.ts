/** Dutch texts of the integrity statement: a claim an auditor may hold the organisation to, so it changes only with the check itself. */
export const integrity = {
  checked_one:
    'Voor dit document heeft Ketenbord het logboek van de eerste tot de laatste byte gelezen: {{entries}} regels, de laatste met hash {{head}}. Gecontroleerd is dat (1) elke regel de SHA-256-hash van de regel ervoor bevat en het volgnummer draagt dat bij zijn plaats hoort; (2) het logboek even lang is als, en eindigt op dezelfde regel als, het anker dat Ketenbord na elke nieuwe regel naast het logboek vastlegt; (3) de eerdere export hieronder nog in het logboek terug te vinden is.',
  checked_other:
    'Voor dit document heeft Ketenbord het logboek van de eerste tot de laatste byte gelezen: {{entries}} regels, de laatste met hash {{head}}. Gecontroleerd is dat (1) elke regel de SHA-256-hash van de regel ervoor bevat en het volgnummer draagt dat bij zijn plaats hoort; (2) het logboek even lang is als, en eindigt op dezelfde regel als, het anker dat Ketenbord na elke nieuwe regel naast het logboek vastlegt; (3) de {{count}} eerdere exports hieronder nog in het logboek terug te vinden zijn.',
  outcomeOk: 'Uitkomst: geen afwijking gevonden.',
  outcomeBroken: 'Uitkomst: het logboek is NIET aantoonbaar volledig en ongewijzigd. Gevonden:',
  proves:
    'Wat dit aantoont: sinds de regels werden vastgelegd is er geen regel gewijzigd, weggehaald, tussengevoegd of van het einde afgeknipt — tenzij iemand met schrijfrechten op de werkmap het logboek en het anker samen opnieuw heeft opgebouwd. Dat laatste valt alleen op met een kop-hash die buiten de werkmap bewaard is, zoals die in dit document of in een eerder overhandigde export. Bewaar dit document daarom ongewijzigd.',
  provesNot:
    'Wat dit niet aantoont: dat de regels kloppen met wat er werkelijk gebeurde, dat alles is vastgelegd wat vastgelegd had moeten worden, of wie een regel werkelijk schreef (de auteur is wat er werd ingevuld). Het tijdstip van vastleggen komt van de klok van de computer.',
  anchorSince:
    'Het anker bestaat sinds {{at}}, toen het logboek al {{entries}} regels had (het logboek is ouder dan de ankers). Of er vóór dat moment regels van het einde zijn afgeknipt, is niet vast te stellen.',
  noAnchor:
    'Dit logboek heeft nog geen anker: het is ouder dan de ankers en is sindsdien niet door Ketenbord geopend om in te schrijven. Punt (2) is daarom niet gecontroleerd: een afgeknipt einde zou niet opvallen.',
  earlierTitle: 'Eerdere exports van dit logboek',
  earlierIntro:
    'Elke export uit de app legt vast hoeveel regels hij dekte en met welke hash de laatste eindigde. Staat die regel er nog met dezelfde hash, dan is het logboek sindsdien alleen aangevuld.',
  earlierNone: 'Er zijn geen eerdere exports uit de app vastgelegd.',
  cliNote:
    'Exports vanaf de opdrachtregel (ketenbord export) schrijven niets in de werkmap en staan hier dus niet bij; hun eigen integriteitsverklaring noemt de kop-hash die zij dekten.',
  columns: {
    at: 'Gemaakt',
    document: 'Document',
    count: 'Regels',
    head: 'Hash laatste regel',
    found: 'Teruggevonden',
  },
  documents: {
    aftercare: 'Nazorgrapportage',
    evaluation: 'Evaluatie',
  },
  found: {
    yes: 'ja',
    no: 'NEE',
  },
  facts: {
    entries: 'Aantal regels',
    head: 'Hash van de laatste regel (SHA-256)',
    outcome: 'Uitkomst van de controle',
    ok: 'geen afwijking gevonden',
    broken: 'afwijking gevonden',
  },
};
