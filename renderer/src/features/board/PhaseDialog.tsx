import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import type { Phase } from '../../../../shared/model/vocabulary';
import type { Verdict } from '../../../../shared/verdicts/types';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { actionKey } from './open-actions';

type Choice = 'leave' | 'notApplicable' | 'notNeeded';

interface PhaseDialogProps {
  incidentId: string;
  author: string;
  from: Phase;
  to: Phase;
  /** what is still open (or partly done) in the phase being left */
  open: readonly Verdict[];
  /** "log now": the log dialog for this action, then back here */
  onLogNow(verdict: Verdict): void;
  onClose(): void;
}

/**
 * A phase change is logged and changes what the room must do. Before it, the team sees what is
 * still open in the phase it leaves and decides per action: log it now, not applicable (with a
 * reason), or leave it open (it then counts as missed, and can still be logged late).
 */
export function PhaseDialog({ incidentId, author, from, to, open, onLogNow, onClose }: PhaseDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { busy, error, run } = useSubmit();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const keyOf = (v: Verdict) => actionKey(v.audience, v.action);
  const choice = (v: Verdict): Choice => choices[keyOf(v)] ?? 'leave';

  function submit() {
    const missingReason = open.some((v) => choice(v) === 'notApplicable' && !reasons[keyOf(v)]?.trim());
    if (missingReason) {
      setProblem(t('phaseDialog.needReason'));
      return;
    }
    setProblem(null);
    void run(async () => {
      for (const v of open) {
        const base = { incidentId, author, audience: v.audience, action: v.action, phase: v.phase };
        if (choice(v) === 'notApplicable')
          await call('board.markNotApplicable', { ...base, reason: reasons[keyOf(v)]!.trim() });
        else if (choice(v) === 'notNeeded') await call('board.markNotNeeded', base);
      }
      await call('incident.update', { id: incidentId, author, phase: to });
      onClose();
    });
  }

  return (
    <Dialog title={t('phaseDialog.title')} onClose={onClose} className="board-dialog phase-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) submit();
        }}
      >
        <p className="dialog-question">
          {t('phaseDialog.question', {
            from: PHASE_LABELS[from].short[lang],
            to: PHASE_LABELS[to].short[lang],
          })}
        </p>
        <p className="muted">{t('phaseDialog.note')}</p>
        <fieldset className="phase-open">
          <legend>{t('phaseDialog.openTitle', { phase: PHASE_LABELS[from].short[lang] })}</legend>
          {open.length === 0 ? (
            <p>{t('phaseDialog.noneOpen')}</p>
          ) : (
            <p className="muted">{t('phaseDialog.openIntro')}</p>
          )}
          <ul className="phase-open__list">
            {open.map((v) => {
              const key = keyOf(v);
              const name = `${AUDIENCE_LABELS[v.audience].short[lang]} — ${v.action}. ${actionDefinition(v.action)?.label[lang] ?? ''}`;
              const options: Choice[] = v.conditional ? ['leave', 'notNeeded'] : ['leave', 'notApplicable'];
              return (
                <li key={key} className="phase-open__item" data-action={key}>
                  <span className="phase-open__name">
                    {name} <span className="muted">({t(`status.${v.status}`)})</span>
                  </span>
                  <span className="phase-open__choices" role="radiogroup" aria-label={name}>
                    {options.map((o) => (
                      <label key={o} className="choice">
                        <input
                          type="radio"
                          name={`choice-${key}`}
                          checked={choice(v) === o}
                          onChange={() => setChoices({ ...choices, [key]: o })}
                        />
                        {o === 'leave'
                          ? t('phaseDialog.leave')
                          : o === 'notNeeded'
                            ? t('notNeeded')
                            : t('phaseDialog.na')}
                      </label>
                    ))}
                    <button type="button" className="secondary" onClick={() => onLogNow(v)}>
                      {t('phaseDialog.logNow')}
                    </button>
                  </span>
                  {choice(v) === 'notApplicable' ? (
                    <label className="field">
                      <span>{t('phaseDialog.reason')}</span>
                      <input
                        value={reasons[key] ?? ''}
                        onChange={(e) => setReasons({ ...reasons, [key]: e.target.value })}
                        maxLength={2000}
                      />
                    </label>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <FormError message={problem ?? error} />
        <DialogActions submitLabel={t('phaseDialog.confirm')} disabled={busy} autoFocus onCancel={onClose} />
      </form>
    </Dialog>
  );
}
