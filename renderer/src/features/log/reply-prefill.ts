import type { LogRow } from '../../../../shared/api/log-api';
import { shown } from './log-format';
import type { MessagePrefill } from './message-prefill';

/**
 * The message form opened with Beantwoorden: it answers that question (inReplyTo), and the answer
 * most likely goes back to whoever asked, through the channel they used.
 */
export function replyPrefill(row: LogRow): MessagePrefill {
  const e = shown(row);
  if (e.kind !== 'messageReceived') return {};
  return {
    replyTo: { seq: e.seq, from: e.from, summary: e.summary },
    recipients: e.from,
    channel: e.channel,
  };
}
