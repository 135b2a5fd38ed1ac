import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_CLOCK_LABELS,
  type LegalClock,
  type Nis2Decision,
} from '../../../../shared/clocks/legal-clocks';
import {
  type LogEntry,
  NOTIFICATION_TYPES,
  type NotificationType,
  REGULATORS,
  type Regulator,
} from '../../../../shared/log/entry-schema';
import { NOTIFICATION_TYPE_LABELS, REGULATOR_LABELS } from '../../../../shared/log/labels';
import type { LegalClockId } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { timeOnly } from '../../components/format';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { type Nis2Answer, Nis2Fields } from './Nis2Fields';
import { WallClockFields } from './WallClockFields';
import { pastInstantOf, wallClockOf } from './when';

/** What each clock asks for, so the form starts right: the AP gets a notification, NIS2 its stages. */
const DEFAULTS: Record<LegalClockId, { regulator: Regulator; type: NotificationType }> = {
  apDataBreach72h: { regulator: 'AP', type: 'notification' },
  nis2EarlyWarning24h: { regulator: 'NCSC', type: 'earlyWarning' },
  nis2Notification72h: { regulator: 'NCSC', type: 'notification' },
  nis2FinalReport1m: { regulator: 'NCSC', type: 'finalReport' },
};

type Mode = 'notification' | 'notNotifiable' | 'nis2';

interface RegulatorDialogProps {
  incidentId: string;
  author: string;
  clocks: readonly LegalClock[];
  nis2: Nis2Decision;
  detectedAt: string;
  /** notifications logged so far, to pick the one a supplement or a next stage follows up */
  notifications: readonly LogEntry[];
  onDone(seq: number): void;
  onClose(): void;
}

/**
 * Regulators: a notification (with when it was actually submitted, which the deadline is judged
 * by, its reference, and the notification it follows up), a decision that a clock's notification
 * is not required, or the NIS2 significance decision that starts or rules out the NIS2 clocks.
 */
export function RegulatorDialog(props: RegulatorDialogProps) {
  const { incidentId, author, clocks, nis2, onDone, onClose } = props;
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { busy, error, run } = useSubmit();
  const running = clocks.filter((c) => c.state === 'running');
  const [clock, setClock] = useState<LegalClockId | ''>(running[0]?.id ?? '');
  const askNis2 = nis2.status !== 'notApplicable';
  const [mode, setMode] = useState<Mode>(
    nis2.status === 'undecided' && running.length === 0 ? 'nis2' : 'notification',
  );
  const [regulator, setRegulator] = useState<Regulator>(clock ? DEFAULTS[clock].regulator : 'AP');
  const [regulatorName, setRegulatorName] = useState('');
  const [type, setType] = useState<NotificationType>(clock ? DEFAULTS[clock].type : 'notification');
  const [submittedAt, setSubmittedAt] = useState(() => wallClockOf(new Date().toISOString()));
  const [reference, setReference] = useState('');
  const [followUpOf, setFollowUpOf] = useState('');
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Nis2Answer>({
    significant: null,
    awareAt: wallClockOf(props.detectedAt),
    reason: '',
  });
  const notifications = props.notifications.filter(
    (e): e is Extract<LogEntry, { kind: 'regulatorNotification' }> => e.kind === 'regulatorNotification',
  );

  function pick(id: LegalClockId) {
    setClock(id);
    setRegulator(DEFAULTS[id].regulator);
    setType(DEFAULTS[id].type);
  }

  const ready =
    mode === 'nis2'
      ? answer.significant === true
        ? pastInstantOf(answer.awareAt) !== null
        : answer.significant === false && answer.reason.trim() !== ''
      : text.trim() !== '' && (mode !== 'notification' || pastInstantOf(submittedAt) !== null);

  function submit() {
    if (!ready || busy) return;
    void run(async () => {
      let seq: number;
      if (mode === 'nis2') {
        const awareAt = pastInstantOf(answer.awareAt);
        ({ seq } = await call('board.nis2Significance', {
          incidentId,
          author,
          significant: answer.significant === true,
          ...(answer.significant && awareAt ? { awareAt } : {}),
          ...(answer.significant === false ? { reason: answer.reason.trim() } : {}),
        }));
      } else if (mode === 'notification') {
        ({ seq } = await call('board.logRegulator', {
          incidentId,
          author,
          regulator,
          notificationType: type,
          summary: text,
          occurredAt: pastInstantOf(submittedAt)!,
          ...(regulatorName.trim() ? { regulatorName: regulatorName.trim() } : {}),
          ...(reference.trim() ? { reference: reference.trim() } : {}),
          ...(followUpOf ? { followUpOf: Number(followUpOf) } : {}),
        }));
      } else {
        ({ seq } = await call('board.notNotifiable', {
          incidentId,
          author,
          clock: clock || 'apDataBreach72h',
          reason: text,
        }));
      }
      onDone(seq);
    });
  }

  return (
    <Dialog title={t('regulatorDialog.title')} onClose={onClose} className="board-dialog regulator-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {running.length === 0 ? <p className="muted">{t('regulatorDialog.noClocks')}</p> : null}
        {running.length > 0 && mode !== 'nis2' ? (
          <label className="field">
            <span>{t('regulatorDialog.clock')}</span>
            <select value={clock} onChange={(e) => pick(e.target.value as LegalClockId)}>
              {running.map((c) => (
                <option key={c.id} value={c.id}>
                  {LEGAL_CLOCK_LABELS[c.id].short[lang]} — {LEGAL_CLOCK_LABELS[c.id].basis[lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <fieldset className="field-group">
          <label className="choice">
            <input type="radio" checked={mode === 'notification'} onChange={() => setMode('notification')} />
            {t('regulatorDialog.submitNotification')}
          </label>
          <label className="choice">
            <input
              type="radio"
              checked={mode === 'notNotifiable'}
              onChange={() => setMode('notNotifiable')}
              disabled={!clock}
            />
            {t('regulatorDialog.notNotifiable')}
          </label>
          {askNis2 ? (
            <label className="choice">
              <input type="radio" checked={mode === 'nis2'} onChange={() => setMode('nis2')} />
              {t('regulatorDialog.nis2')}
            </label>
          ) : null}
        </fieldset>
        {mode === 'nis2' ? <Nis2Fields value={answer} onChange={setAnswer} /> : null}
        {mode === 'notification' ? (
          <>
            <div className="dialog-row">
              <label className="field">
                <span>{t('regulatorDialog.regulator')}</span>
                <select value={regulator} onChange={(e) => setRegulator(e.target.value as Regulator)}>
                  {REGULATORS.map((r) => (
                    <option key={r} value={r}>
                      {REGULATOR_LABELS[r][lang]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('regulatorDialog.type')}</span>
                <select value={type} onChange={(e) => setType(e.target.value as NotificationType)}>
                  {NOTIFICATION_TYPES.map((x) => (
                    <option key={x} value={x}>
                      {NOTIFICATION_TYPE_LABELS[x][lang]}
                    </option>
                  ))}
                </select>
              </label>
              {regulator === 'supervisor' || regulator === 'other' ? (
                <label className="field">
                  <span>{t('regulatorDialog.regulatorName')}</span>
                  <input
                    value={regulatorName}
                    onChange={(e) => setRegulatorName(e.target.value)}
                    maxLength={200}
                  />
                </label>
              ) : null}
            </div>
            <div className="dialog-row">
              <WallClockFields
                label={t('regulatorDialog.submittedAt')}
                value={submittedAt}
                onChange={setSubmittedAt}
                hint={t('regulatorDialog.submittedAtHint')}
                invalid={pastInstantOf(submittedAt) === null}
              />
              <label className="field">
                <span>{t('regulatorDialog.reference')}</span>
                <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
              </label>
              {notifications.length > 0 ? (
                <label className="field">
                  <span>{t('regulatorDialog.followUpOf')}</span>
                  <select value={followUpOf} onChange={(e) => setFollowUpOf(e.target.value)}>
                    <option value="">{t('regulatorDialog.noFollowUp')}</option>
                    {notifications.map((n) => (
                      <option key={n.seq} value={String(n.seq)}>
                        {`#${n.seq} ${timeOnly(n.occurredAt)} ${n.regulatorName || REGULATOR_LABELS[n.regulator][lang]} — ${NOTIFICATION_TYPE_LABELS[n.notificationType][lang]}${n.reference ? ` (${n.reference})` : ''}`}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </div>
          </>
        ) : null}
        {mode !== 'nis2' ? (
          <label className="field">
            <span>
              {mode === 'notification'
                ? t('regulatorDialog.summary')
                : t('regulatorDialog.notNotifiableReason')}
            </span>
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              maxLength={2000}
              rows={3}
            />
          </label>
        ) : null}
        <FormError message={error} />
        <DialogActions
          submitLabel={
            mode === 'notification'
              ? t('regulatorDialog.submitNotification')
              : mode === 'nis2'
                ? t('regulatorDialog.nis2Submit')
                : t('regulatorDialog.submitNotNotifiable')
          }
          disabled={busy || !ready}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
