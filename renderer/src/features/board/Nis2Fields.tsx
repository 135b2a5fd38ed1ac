import { useTranslation } from 'react-i18next';
import { WallClockFields } from './WallClockFields';
import { pastInstantOf, type WallClock } from './when';

export interface Nis2Answer {
  significant: boolean | null;
  awareAt: WallClock;
  reason: string;
}

/** NIS2: is the incident significant? Yes starts the clocks at the moment of awareness; no needs a reason. */
export function Nis2Fields({ value, onChange }: { value: Nis2Answer; onChange(next: Nis2Answer): void }) {
  const { t } = useTranslation('board');
  return (
    <div className="nis2-fields">
      <p className="dialog-question">{t('regulatorDialog.nis2Question')}</p>
      <div className="field-group" role="radiogroup" aria-label={t('regulatorDialog.nis2')}>
        <label className="choice">
          <input
            type="radio"
            checked={value.significant === true}
            onChange={() => onChange({ ...value, significant: true })}
          />
          {t('regulatorDialog.nis2Yes')}
        </label>
        <label className="choice">
          <input
            type="radio"
            checked={value.significant === false}
            onChange={() => onChange({ ...value, significant: false })}
          />
          {t('regulatorDialog.nis2No')}
        </label>
      </div>
      {value.significant === true ? (
        <WallClockFields
          label={t('regulatorDialog.nis2AwareAt')}
          value={value.awareAt}
          onChange={(awareAt) => onChange({ ...value, awareAt })}
          invalid={pastInstantOf(value.awareAt) === null}
        />
      ) : null}
      {value.significant === false ? (
        <label className="field">
          <span>{t('regulatorDialog.nis2Reason')}</span>
          <textarea
            value={value.reason}
            onChange={(e) => onChange({ ...value, reason: e.target.value })}
            maxLength={2000}
            rows={2}
          />
        </label>
      ) : null}
    </div>
  );
}
