import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../../shared/i18n/locale';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { PHASES, type Phase } from '../../../../shared/model/vocabulary';
import type { ReplyTo } from './message-prefill';

/**
 * The phase of the matrix a message fulfils. Empty (the default) is the phase the incident was in
 * when it went out; a phase is picked only to log an action that was missed there, afterwards.
 */
export function ForPhaseField({ value, onChange }: { value: Phase | ''; onChange(value: Phase | ''): void }) {
  const { t, i18n } = useTranslation('log');
  const id = useId();
  return (
    <label className="field">
      <span>{t('message.forPhase')}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as Phase | '')}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{t('message.forPhaseNow')}</option>
        {PHASES.map((p) => (
          <option key={p} value={p}>
            {pick(PHASE_LABELS[p].short, i18n.language)}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="muted">
        {t('message.forPhaseHint')}
      </small>
    </label>
  );
}

/** "This answers the question of line 12": ticked when the form was opened with Beantwoorden. */
export function ReplyCheck({
  reply,
  checked,
  onChange,
}: {
  reply: ReplyTo;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation('log');
  const id = useId();
  return (
    <label className={`log-check log-reply${checked ? ' log-check--on' : ''}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-q`}
      />
      <span className="log-check__text">
        <strong>{t('message.inReplyTo', { seq: reply.seq })}</strong>
        <small id={`${id}-q`}>
          {t('message.inReplyToQuestion', { from: reply.from, summary: reply.summary })}
        </small>
      </span>
    </label>
  );
}
