// What the log tests import in one line; the app's own modules import the file they need.
export { JournalReadOnlyError, LogJournalError } from './errors';
export { LogJournal } from './journal';
export { verifyJournalFile } from './verify-file';
