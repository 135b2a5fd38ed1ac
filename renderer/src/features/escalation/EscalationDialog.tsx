import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmsterdam } from '../../../../shared/log/time';
import { ApiError, call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { Dialog } from '../../components/Dialog';
import { useSubmit } from '../../hooks/use-submit';
import './escalation.css';

/**
 * The protocol's escalation conditions with "voldaan?" per condition. Marking one met logs who and
 * when, then says what the protocol has follow: convene the crisis team, review natures and visibility.
 */
export function EscalationDialog({
  incidentId,
  author,
  writable,
  onReview,
  onClose,
}: {
  incidentId: string;
  author: string;
  writable: boolean;
  onReview(): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('escalation');
  const load = useCallback(() => call('escalation.list', { incidentId }), [incidentId]);
  const { data, error, reload } = useLiveCall(load, ['log.appended', 'protocol.changed']);
  const [justMet, setJustMet] = useState(false);
  const submit = useSubmit();
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? (error ? error.text(i18n.language) : null);

  function markMet(conditionId: string) {
    setProblem(null);
    void submit.run(() =>
      call('escalation.markMet', { incidentId, author, conditionId })
        .then(() => {
          setJustMet(true);
          reload();
        })
        .catch((e: unknown) => setProblem(e instanceof ApiError ? e.text(i18n.language) : String(e))),
    );
  }

  return (
    <Dialog title={t('title')} onClose={onClose} className="board-dialog">
      <p>{t('intro')}</p>
      {data && data.conditions.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="escalation-list">
        {data?.conditions.map((c) => (
          <li key={c.id} data-condition={c.id} data-met={c.met ? 'yes' : 'no'}>
            <p className="escalation-list__text">{c.text}</p>
            <p className="muted">
              {c.owner ? t('owner', { name: c.owner }) : null}
              {c.owner && c.agreedOn ? ' · ' : null}
              {c.agreedOn
                ? t('agreedOn', { date: formatAmsterdam(`${c.agreedOn}T12:00:00.000Z`, 'dd-MM-yyyy') })
                : null}
            </p>
            {c.met ? (
              <p className="escalation-list__met">
                ✓ {t('met', { time: formatAmsterdam(c.met.at, 'dd-MM HH:mm'), by: c.met.by })}
              </p>
            ) : (
              <p>
                <span>{t('question')} </span>
                <button
                  type="button"
                  disabled={!writable || submit.busy}
                  aria-label={t('markMetLabel', { text: c.text })}
                  onClick={() => markMet(c.id)}
                >
                  {t('markMet')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      {shown ? (
        <p className="field-error" role="alert">
          {shown}
        </p>
      ) : null}
      {justMet ? (
        <section className="escalation-next" aria-label={t('nextTitle')}>
          <h3>{t('nextTitle')}</h3>
          <ol>
            <li>
              {t('nextConvene', {
                lead: data?.crisisTeamLead ? t('nextLead', { name: data.crisisTeamLead }) : '',
              })}
            </li>
            <li>{t('nextReview')}</li>
          </ol>
          <button type="button" onClick={onReview}>
            {t('review')}
          </button>
        </section>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
