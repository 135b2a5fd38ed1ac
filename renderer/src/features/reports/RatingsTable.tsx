import { useTranslation } from 'react-i18next';
import type { RatedActionView } from '../../../../shared/api/report-api';
import { localeOf } from '../../../../shared/i18n/locale';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { RATING_LEVELS, type RatingLevel } from '../../../../shared/report/evaluation-schema';
import { ratingKey } from '../../../../shared/report/ratings';

export interface RatingChoice {
  /** 'proposal': keep what the app proposes (it follows the log if the log is corrected later) */
  choice: 'proposal' | RatingLevel;
  remark: string;
}

interface Props {
  ratings: RatedActionView[];
  choices: Record<string, RatingChoice>;
  onChange(key: string, choice: RatingChoice): void;
  readOnly: boolean;
}

/** Every rated action: the proposal from the log, the evaluator's rating and a remark. */
export function RatingsTable({ ratings, choices, onChange, readOnly }: Props) {
  const { t, i18n } = useTranslation('report');
  const lang = localeOf(i18n.language);
  if (ratings.length === 0) return <p>{t('evaluation.noRatings')}</p>;
  return (
    <div className="reports-table-wrap">
      <table className="reports-ratings">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.audience')}</th>
            <th scope="col">{t('evaluation.phase')}</th>
            <th scope="col">{t('evaluation.action')}</th>
            <th scope="col">{t('evaluation.fromLog')}</th>
            <th scope="col">{t('evaluation.rating')}</th>
            <th scope="col">{t('evaluation.remark')}</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((r) => {
            const key = ratingKey(r);
            const choice = choices[key] ?? { choice: 'proposal', remark: '' };
            const what = `${AUDIENCE_LABELS[r.audience].short[lang]}, ${PHASE_LABELS[r.phase].short[lang]}, ${t('evaluation.action').toLowerCase()} ${r.action}`;
            return (
              <tr key={key} data-rating={key}>
                <td>{AUDIENCE_LABELS[r.audience].short[lang]}</td>
                <td>{PHASE_LABELS[r.phase].short[lang]}</td>
                <td>
                  {r.action}. {actionDefinition(r.action)?.label[lang]}
                </td>
                <td className={`reports-basis reports-basis--${r.basis}`}>
                  {t(`basis.${r.basis}`, { minutes: r.minutesAfterDue ?? 0 })}
                </td>
                <td>
                  <select
                    aria-label={t('evaluation.ratingFor', { what })}
                    value={choice.choice}
                    disabled={readOnly}
                    onChange={(e) =>
                      onChange(key, { ...choice, choice: e.target.value as RatingChoice['choice'] })
                    }
                  >
                    <option value="proposal">
                      {t('evaluation.proposal', { rating: t(`rating.${r.proposed}`) })}
                    </option>
                    {RATING_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`rating.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={t('evaluation.remarkFor', { what })}
                    value={choice.remark}
                    maxLength={2000}
                    readOnly={readOnly}
                    onChange={(e) => onChange(key, { ...choice, remark: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
