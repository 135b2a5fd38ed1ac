import { basename } from 'node:path';
import { storageError } from '../storage/fs-errors';
import { LogJournalError } from './errors';

/*
 * Why an append was refused or could not be confirmed, in the words the user reads. Each says
 * whether the entry is in the log, because that is what the person at the keyboard must know next.
 */

export function closedError(): LogJournalError {
  return new LogJournalError('log.closed', {
    nl: 'Het logboek is gesloten; de regel is niet vastgelegd.',
    en: 'The log is closed; the entry was not recorded.',
  });
}

export function failedEarlierError(): LogJournalError {
  return new LogJournalError('log.failed', {
    nl: 'Het logboek kon eerder niet veilig worden opgeslagen. Open het incident opnieuw voordat u verder logt.',
    en: 'The log could not be saved safely earlier. Reopen the incident before logging further.',
  });
}

export function writeFailed(error: unknown): LogJournalError {
  const plain = storageError(
    error,
    { nl: 'De logregel opslaan', en: 'Saving the log entry' },
    {
      nl: 'De regel staat NIET in het logboek; leg hem opnieuw vast zodra dat is verholpen.',
      en: 'The entry is NOT in the log; record it again once that is solved.',
    },
  );
  return new LogJournalError('log.writeFailed', { nl: plain.nl, en: plain.en }, { cause: plain.code });
}

export function unconfirmedError(error: unknown): LogJournalError {
  const plain = storageError(
    error,
    { nl: 'De logregel controleren na het opslaan', en: 'Checking the log entry after saving' },
    {
      nl: 'De regel is waarschijnlijk wel vastgelegd. Open het incident opnieuw en kijk of hij in het logboek staat voordat u hem opnieuw vastlegt.',
      en: 'The entry was probably recorded. Open the incident again and check whether it is in the log before recording it again.',
    },
  );
  return new LogJournalError('log.unconfirmed', { nl: plain.nl, en: plain.en }, { cause: plain.code });
}

export function divergedError(filePath: string): LogJournalError {
  const name = basename(filePath);
  return new LogJournalError(
    'log.diverged',
    {
      nl: `Het logboek ${name} is gewijzigd buiten dit venster om (een tweede exemplaar van Ketenbord of een ander programma schreef erin). Om de keten niet te splitsen schrijft Ketenbord er nu niet in: de regel is NIET vastgelegd. Sluit het andere programma en open de werkmap opnieuw; controleer het logboek met "Keten controleren".`,
      en: `The log ${name} was changed outside this window (a second copy of Ketenbord or another program wrote to it). To keep the chain from splitting, Ketenbord does not write to it now: the entry was NOT recorded. Close the other program and open the workspace again; check the log with "Check the chain".`,
    },
    { filePath },
  );
}
