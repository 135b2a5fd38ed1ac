import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/i18n/locale';
import { describeRegulator } from '../../../../shared/log/describe';
import type { Notification } from './earlier-notifications';
import { shortMoment } from './log-format';
import { capital } from './value-text';

interface Props {
  /** null while loading */
  earlier: Notification[] | null;
  value: number | null;
  onChange(earlier: Notification | null): void;
}

/** "Vervolg op": the earlier notification this one supplements or follows, so its clock is seen to stop. */
export function FollowUpField({ earlier, value, onChange }: Props) {
  const { t, i18n } = useTranslation('log');
  const locale = localeOf(i18n.language);
  const id = useId();
  const label = (n: Notification) => {
    const ref = n.reference ? ` · ${t('row.reference', { reference: n.reference })}` : '';
    return `${t('regulator.line', { seq: n.seq })} · ${shortMoment(n.occurredAt)} · ${capital(describeRegulator(n, locale))}${ref}`;
  };
  return (
    <label className="field">
      <span>{t('regulator.followUpOf')}</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(earlier?.find((n) => String(n.seq) === e.target.value) ?? null)}
        disabled={!earlier || earlier.length === 0}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{t('regulator.followUpNone')}</option>
        {(earlier ?? []).map((n) => (
          <option key={n.seq} value={n.seq}>
            {label(n)}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="muted">
        {earlier && earlier.length === 0 ? t('regulator.followUpEmpty') : t('regulator.followUpHint')}
      </small>
    </label>
  );
}
