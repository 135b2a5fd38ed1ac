import type { Locale } from '../matrix/labels';

/**
 * The integrity statement's words, Dutch and English. Kept apart from labels.ts: these sentences
 * are a claim an auditor may hold the organisation to, so they say exactly what was checked and
 * what that does and does not prove, and they change only with the check itself.
 */
export interface IntegrityLabels {
  checked(count: number, head: string, earlier: number): string;
  outcomeOk: string;
  outcomeBroken: string;
  proves: string;
  provesNot: string;
  anchorSince(count: number, at: string): string;
  noAnchor: string;
  earlierTitle: string;
  earlierIntro: string;
  earlierNone: string;
  cliNote: string;
  columns: { at: string; document: string; count: string; head: string; found: string };
  documents: { aftercare: string; evaluation: string };
  found: { yes: string; no: string };
  facts: { entries: string; head: string; outcome: string; ok: string; broken: string };
}

const nl: IntegrityLabels = {
  checked: (count, head, earlier) =>
    `Voor dit document heeft Ketenbord het logboek van de eerste tot de laatste byte gelezen: ${count} regels, de laatste met hash ${head}. Gecontroleerd is dat (1) elke regel de SHA-256-hash van de regel ervoor bevat en het volgnummer draagt dat bij zijn plaats hoort; (2) het logboek even lang is als, en eindigt op dezelfde regel als, het anker dat Ketenbord na elke nieuwe regel naast het logboek vastlegt; (3) ${earlier === 1 ? 'de eerdere export hieronder nog' : `de ${earlier} eerdere exports hieronder nog`} in het logboek terug te vinden ${earlier === 1 ? 'is' : 'zijn'}.`,
  outcomeOk: 'Uitkomst: geen afwijking gevonden.',
  outcomeBroken: 'Uitkomst: het logboek is NIET aantoonbaar volledig en ongewijzigd. Gevonden:',
  proves:
    'Wat dit aantoont: sinds de regels werden vastgelegd is er geen regel gewijzigd, weggehaald, tussengevoegd of van het einde afgeknipt — tenzij iemand met schrijfrechten op de werkmap het logboek en het anker samen opnieuw heeft opgebouwd. Dat laatste valt alleen op met een kop-hash die buiten de werkmap bewaard is, zoals die in dit document of in een eerder overhandigde export. Bewaar dit document daarom ongewijzigd.',
  provesNot:
    'Wat dit niet aantoont: dat de regels kloppen met wat er werkelijk gebeurde, dat alles is vastgelegd wat vastgelegd had moeten worden, of wie een regel werkelijk schreef (de auteur is wat er werd ingevuld). Het tijdstip van vastleggen komt van de klok van de computer.',
  anchorSince: (count, at) =>
    `Het anker bestaat sinds ${at}, toen het logboek al ${count} regels had (het logboek is ouder dan de ankers). Of er vóór dat moment regels van het einde zijn afgeknipt, is niet vast te stellen.`,
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
  documents: { aftercare: 'Nazorgrapportage', evaluation: 'Evaluatie' },
  found: { yes: 'ja', no: 'NEE' },
  facts: {
    entries: 'Aantal regels',
    head: 'Hash van de laatste regel (SHA-256)',
    outcome: 'Uitkomst van de controle',
    ok: 'geen afwijking gevonden',
    broken: 'afwijking gevonden',
  },
};

const en: IntegrityLabels = {
  checked: (count, head, earlier) =>
    `For this document Ketenbord read the log from its first to its last byte: ${count} entries, the last with hash ${head}. It checked that (1) each entry holds the SHA-256 hash of the one before it and carries the sequence number of its place; (2) the log is as long as, and ends on the same entry as, the anchor Ketenbord keeps beside the log after every new entry; (3) ${earlier === 1 ? 'the earlier export below can' : `the ${earlier} earlier exports below can`} still be found in the log.`,
  outcomeOk: 'Outcome: no deviation found.',
  outcomeBroken: 'Outcome: the log can NOT be shown to be complete and unaltered. Found:',
  proves:
    'What this proves: since the entries were recorded, none was changed, removed, inserted or cut off the end — unless someone with write access to the workspace rebuilt the log and its anchor together. That can only be caught with a head hash kept outside the workspace, such as the one in this document or in an export handed over earlier. Keep this document unaltered for that reason.',
  provesNot:
    'What this does not prove: that the entries match what really happened, that everything was recorded that should have been, or who really wrote an entry (the author is what was filled in). The time of recording comes from the computer’s clock.',
  anchorSince: (count, at) =>
    `The anchor exists since ${at}, when the log already held ${count} entries (the log is older than anchors). Whether entries were cut off its end before then cannot be established.`,
  noAnchor:
    'This log has no anchor yet: it is older than anchors and has not been opened for writing by Ketenbord since. Point (2) was therefore not checked: a cut-off end would go unnoticed.',
  earlierTitle: 'Earlier exports of this log',
  earlierIntro:
    'Every export from the app records how many entries it covered and the hash its last entry ended with. If that entry is still there with the same hash, the log has only grown since.',
  earlierNone: 'No earlier exports from the app were recorded.',
  cliNote:
    'Exports from the command line (ketenbord export) write nothing into the workspace and are therefore not listed; their own integrity statement names the head hash they covered.',
  columns: {
    at: 'Made',
    document: 'Document',
    count: 'Entries',
    head: 'Hash of last entry',
    found: 'Found again',
  },
  documents: { aftercare: 'Aftercare report', evaluation: 'Evaluation' },
  found: { yes: 'yes', no: 'NO' },
  facts: {
    entries: 'Number of entries',
    head: 'Hash of the last entry (SHA-256)',
    outcome: 'Outcome of the check',
    ok: 'no deviation found',
    broken: 'deviation found',
  },
};

export const INTEGRITY_LABELS: Readonly<Record<Locale, IntegrityLabels>> = { nl, en };
