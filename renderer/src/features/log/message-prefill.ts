import type { Audience } from '../../../../shared/model/vocabulary';

/** The received question a message answers, as the row that opened the form described it. */
export interface ReplyTo {
  seq: number;
  from: string;
  summary: string;
}

/** What the message form starts with when opened from a draft or from Beantwoorden. */
export interface MessagePrefill {
  audience?: Audience;
  action?: number | null;
  channel?: string;
  summary?: string;
  fullText?: string;
  recipients?: string;
  /** the draft's "volgende update": the logged message promises it, and the board waits for it */
  nextUpdateAt?: string;
  /** opened with Beantwoorden on a received question */
  replyTo?: ReplyTo;
}
