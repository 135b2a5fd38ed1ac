import type { integrity as nl } from '../nl/integrity';

export const integrity: typeof nl = {
  checked_one:
    'For this document Ketenbord read the log from its first to its last byte: {{entries}} entries, the last with hash {{head}}. It checked that (1) each entry holds the SHA-256 hash of the one before it and carries the sequence number of its place; (2) the log is as long as, and ends on the same entry as, the anchor Ketenbord keeps beside the log after every new entry; (3) the earlier export below can still be found in the log.',
  checked_other:
    'For this document Ketenbord read the log from its first to its last byte: {{entries}} entries, the last with hash {{head}}. It checked that (1) each entry holds the SHA-256 hash of the one before it and carries the sequence number of its place; (2) the log is as long as, and ends on the same entry as, the anchor Ketenbord keeps beside the log after every new entry; (3) the {{count}} earlier exports below can still be found in the log.',
  outcomeOk: 'Outcome: no deviation found.',
  outcomeBroken: 'Outcome: the log can NOT be shown to be complete and unaltered. Found:',
  proves:
    'What this proves: since the entries were recorded, none was changed, removed, inserted or cut off the end — unless someone with write access to the workspace rebuilt the log and its anchor together. That can only be caught with a head hash kept outside the workspace, such as the one in this document or in an export handed over earlier. Keep this document unaltered for that reason.',
  provesNot:
    'What this does not prove: that the entries match what really happened, that everything was recorded that should have been, or who really wrote an entry (the author is what was filled in). The time of recording comes from the computer’s clock.',
  anchorSince:
    'The anchor exists since {{at}}, when the log already held {{entries}} entries (the log is older than anchors). Whether entries were cut off its end before then cannot be established.',
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
  documents: {
    aftercare: 'Aftercare report',
    evaluation: 'Evaluation',
  },
  found: {
    yes: 'yes',
    no: 'NO',
  },
  facts: {
    entries: 'Number of entries',
    head: 'Hash of the last entry (SHA-256)',
    outcome: 'Outcome of the check',
    ok: 'no deviation found',
    broken: 'deviation found',
  },
};
