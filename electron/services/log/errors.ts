import { AppError } from '../../../shared/errors/app-error';

export type LogJournalErrorCode =
  | 'log.readOnly'
  | 'log.closed'
  | 'log.failed'
  | 'log.diverged'
  | 'log.unconfirmed'
  | 'log.invalidEntry'
  | 'log.occurredInFuture'
  | 'log.badCorrection'
  | 'log.writeFailed';

/**
 * Every refusal of the journal, with the Dutch and English text the user sees (AppError carries
 * both to the CLI, the browser host and the window alike).
 */
export class LogJournalError extends AppError {
  declare readonly code: LogJournalErrorCode;

  constructor(
    code: LogJournalErrorCode,
    texts: { nl: string; en: string },
    details?: Record<string, unknown>,
  ) {
    super(code, texts, details);
    this.name = 'LogJournalError';
  }
}

/** Another instance holds the workspace: this journal may be read but not written. */
export class JournalReadOnlyError extends LogJournalError {
  constructor(filePath: string) {
    super(
      'log.readOnly',
      {
        nl: 'Dit logboek is alleen-lezen geopend; de regel is niet vastgelegd.',
        en: 'This log was opened read-only; the entry was not recorded.',
      },
      { filePath },
    );
    this.name = 'JournalReadOnlyError';
  }
}
