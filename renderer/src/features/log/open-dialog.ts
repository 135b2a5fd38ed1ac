import type { LogRow } from '../../../../shared/api/log-api';
import type { MessagePrefill } from './message-prefill';

/** Which dialog of the log page is open; one at a time, like the modal <dialog> it becomes. */
export type OpenDialog =
  | { dialog: 'message'; prefill?: MessagePrefill }
  | { dialog: 'received' }
  | { dialog: 'observation'; evaluatorNote?: boolean }
  | { dialog: 'regulator' }
  | { dialog: 'draft' }
  | { dialog: 'correct'; row: LogRow }
  | { dialog: 'answered'; row: LogRow }
  | null;

/** Dialogs that write an entry, and so need a name at the keyboard first. */
export type WritingDialog = Extract<
  NonNullable<OpenDialog>,
  { dialog: 'message' | 'received' | 'observation' | 'regulator' }
>;
