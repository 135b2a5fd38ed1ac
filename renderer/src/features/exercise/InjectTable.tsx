import { useTranslation } from 'react-i18next';
import type { InjectRowView } from '../../../../shared/api/exercise-api';
import { localeOf } from '../../../../shared/i18n/locale';
import { formatAmsterdam } from '../../../../shared/log/time';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { call } from '../../api/client';
import { formatOffset } from './use-exercise';

const time = (iso: string) => formatAmsterdam(iso, 'HH:mm:ss');

/** Every inject with what the leader expects, when it went out, and how fast the team responded. */
export function InjectTable({
  rows,
  incidentId,
  author,
  onError,
}: {
  rows: InjectRowView[];
  incidentId: string;
  author: string;
  onError(e: unknown): void;
}) {
  const { t, i18n } = useTranslation('exercise');
  const lang = localeOf(i18n.language);
  return (
    <table className="exercise-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.offset')}</th>
          <th scope="col">{t('table.from')}</th>
          <th scope="col">{t('table.inject')}</th>
          <th scope="col">{t('table.expected')}</th>
          <th scope="col">{t('table.fired')}</th>
          <th scope="col">{t('table.response')}</th>
          <th scope="col">{t('table.delay')}</th>
          <th scope="col">{t('table.verdict')}</th>
          <th scope="col">{t('table.tools')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.injectId}
            data-inject={row.injectId}
            data-state={row.state}
            data-verdict={row.verdict ?? undefined}
            className={`exercise-row exercise-row--${row.state}`}
          >
            <td className="exercise-table__offset">{formatOffset(row.firedMinute ?? row.offsetMinutes)}</td>
            <td className="exercise-table__from">
              <strong>{row.from}</strong>
              <br />
              <span className="muted">{row.channel}</span>
              {row.adHoc ? <span className="pill">{t('adHocMark')}</span> : null}
            </td>
            <td className="exercise-table__summary">{row.summary}</td>
            <td>
              <ul className="exercise-expect">
                {row.expect.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: expectations have no id and never reorder
                  <li key={i} data-met={e.respondedAt ? 'yes' : 'no'}>
                    {e.respondedAt ? '✓ ' : ''}
                    {e.audience && e.action
                      ? t('expectAction', {
                          action: e.action,
                          audience: AUDIENCE_LABELS[e.audience].short[lang],
                        })
                      : e.description}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {row.firedAt
                ? time(row.firedAt)
                : row.state === 'skipped'
                  ? t('skippedState')
                  : row.dueAt
                    ? t('dueAt', { time: time(row.dueAt) })
                    : t('notScheduled')}
            </td>
            <td>
              {row.firstResponseAt ? time(row.firstResponseAt) : ''}
              {row.firstResponseBy === 'tick' ? <span className="muted"> ({t('byTick')})</span> : null}
            </td>
            <td data-testid="delay">
              {row.delayMinutes === null ? '' : t('minutes', { n: row.delayMinutes })}
            </td>
            <td>
              {row.verdict ? (
                <span className={`pill exercise-verdict exercise-verdict--${row.verdict}`}>
                  {t(`verdicts.${row.verdict}`)}
                </span>
              ) : null}
            </td>
            <td>
              {row.state === 'upcoming' && !row.adHoc ? (
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('skipLabel', { id: row.injectId })}
                  onClick={() =>
                    void call('exercise.skip', { incidentId, author, injectId: row.injectId }).catch(onError)
                  }
                >
                  {t('skip')}
                </button>
              ) : null}
              {row.state === 'fired' && row.firstResponseAt === null ? (
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('tickLabel', { id: row.injectId })}
                  onClick={() =>
                    void call('exercise.tick', { incidentId, author, injectId: row.injectId }).catch(onError)
                  }
                >
                  {t('tick')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
