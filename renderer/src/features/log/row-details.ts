import type { TFunction } from 'i18next';
import type { LogRow } from '../../../../shared/api/log-api';
import { AUDIENCE_LABELS, type Locale, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { shortMoment, shown } from './log-format';
import { valueText } from './value-text';

type Translate = TFunction<'log'>;

/** "om 14:00" today, "op 29-11 om 09:30" another day: how the room says when something is due. */
function when(iso: string, today: string, t: Translate): string {
  const moment = shortMoment(iso, today);
  const [date, time] = moment.includes(' ') ? moment.split(' ') : [null, moment];
  return date ? t('row.onDateAt', { date, time }) : t('row.at', { time });
}

/**
 * The line under an entry's summary: to whom, through what, and what it promises, answers or
 * follows up — in words and labels, never a field name or a code.
 */
export function rowDetails(row: LogRow, t: Translate, locale: Locale, today: string): string[] {
  const e = shown(row);
  const details: string[] = [];
  switch (e.kind) {
    case 'messageSent':
      details.push(AUDIENCE_LABELS[e.audience].short[locale]);
      if (e.action !== null) details.push(t('row.action', { n: e.action }));
      if (e.forPhase) details.push(t('row.forPhase', { phase: PHASE_LABELS[e.forPhase].short[locale] }));
      if (e.recipients.length > 0)
        details.push(
          `${t('row.to')} ${e.recipients.map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name)).join(', ')}`,
        );
      details.push(`${t('row.via')} ${e.channel}`, `${t('row.sentBy')} ${e.sentBy}`);
      if (e.inReplyTo !== undefined) details.push(t('row.inReplyTo', { seq: e.inReplyTo }));
      if (e.nextUpdateAt) details.push(t('row.nextUpdate', { when: when(e.nextUpdateAt, today, t) }));
      break;
    case 'messageReceived':
      details.push(`${t('row.from')} ${e.from}`, `${t('row.via')} ${e.channel}`);
      if (row.answeredBy?.length) details.push(t('row.answeredBy', { seqs: row.answeredBy.join(', ') }));
      else if (e.awaitsAnswer) details.push(t('row.awaitsAnswer'));
      if (e.answerBy) details.push(t('row.answerBy', { moment: shortMoment(e.answerBy, today) }));
      break;
    case 'observation':
      if (e.medium) details.push(e.medium);
      if (e.tone) details.push(t('row.tone', { tone: valueText(e, 'tone', t, locale).toLowerCase() }));
      break;
    case 'decision':
      // with a subject the summary already ends in "— reden: …"
      if (e.reason && !e.subject) details.push(`${t('row.reason')}: ${e.reason}`);
      break;
    case 'regulatorNotification': {
      details.push(valueText(e, 'notificationType', t, locale));
      // AP, NCSC and CSIRT are what people say; "supervisor" and "other" are only codes
      const code = e.regulator === 'supervisor' || e.regulator === 'other' ? '' : ` (${e.regulator})`;
      details.push(e.regulatorName ? `${e.regulatorName}${code}` : valueText(e, 'regulator', t, locale));
      if (e.reference) details.push(t('row.reference', { reference: e.reference }));
      if (e.followUpOf !== undefined) details.push(t('row.followUpOf', { seq: e.followUpOf }));
      break;
    }
    default:
      break;
  }
  return details;
}

/** A received question that still waits: no reply names it and it was not marked answered. */
export const awaitsAnswer = (row: LogRow): boolean => {
  const e = shown(row);
  return e.kind === 'messageReceived' && e.awaitsAnswer && !row.answeredBy?.length;
};
