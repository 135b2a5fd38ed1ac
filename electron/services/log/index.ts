export type { ChainBreak, ChainBreakCode } from './chain-break';
export { JournalReadOnlyError, LogJournalError, type LogJournalErrorCode } from './errors';
export { GENESIS_HASH, hashLine } from './hash';
export {
  type AppendContext,
  type JournalIntegrity,
  type JournalRecovery,
  LogJournal,
  type OpenJournalOptions,
} from './journal';
export { inspectJournalFile, type VerifyResult, verifyJournalFile } from './verify-file';
