import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_CLOCK_LABELS, type LegalClock } from '../../../../shared/clocks/legal-clocks';
import { NOTIFICATION_TYPE_LABELS } from '../../../../shared/log/labels';
import type { LegalClockId } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useLang } from './lang';
import { useSubmit } from './use-submit';

type Regulator = 'AP' | 'NCSC' | 'CSIRT' | 'supervisor' | 'other';
type NotificationType = 'earlyWarning' | 'notification' | 'finalReport' | 'other';

/** What each clock asks for, so the form starts right: the AP gets a notification, NIS2 its three steps. */
const DEFAULTS: Record<LegalClockId, { regulator: Regulator; type: NotificationType }> = {
  apDataBreach72h: { regulator: 'AP', type: 'notification' },
  nis2EarlyWarning24h: { regulator: 'NCSC', type: 'earlyWarning' },
  nis2Notification72h: { regulator: 'NCSC', type: 'notification' },
  nis2FinalReport1m: { regulator: 'NCSC', type: 'finalReport' },
};
const REGULATORS: readonly Regulator[] = ['AP', 'NCSC', 'CSIRT', 'supervisor', 'other'];
const TYPES: readonly NotificationType[] = ['earlyWarning', 'notification', 'finalReport', 'other'];

interface RegulatorDialogProps {
  incidentId: string;
  author: string;
  clocks: readonly LegalClock[];
  onDone(seq: number): void;
  onClose(): void;
}

/** Stops a legal clock: either the notification was made, or it was decided it is not required. */
export function RegulatorDialog({ incidentId, author, clocks, onDone, onClose }: RegulatorDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const { busy, error, run } = useSubmit();
  const running = clocks.filter((c) => c.state === 'running');
  const [clock, setClock] = useState<LegalClockId | ''>(running[0]?.id ?? '');
  const [mode, setMode] = useState<'notification' | 'notNotifiable'>('notification');
  const [regulator, setRegulator] = useState<Regulator>(clock ? DEFAULTS[clock].regulator : 'AP');
  const [type, setType] = useState<NotificationType>(clock ? DEFAULTS[clock].type : 'notification');
  const [reference, setReference] = useState('');
  const [text, setText] = useState('');

  function pick(id: LegalClockId) {
    setClock(id);
    setRegulator(DEFAULTS[id].regulator);
    setType(DEFAULTS[id].type);
  }

  function submit() {
    if (!text.trim()) return;
    void run(async () => {
      const { seq } =
        mode === 'notification'
          ? await call('board.logRegulator', {
              incidentId,
              author,
              regulator,
              notificationType: type,
              summary: text,
              ...(reference.trim() ? { reference } : {}),
            })
          : await call('board.notNotifiable', {
              incidentId,
              author,
              clock: clock || 'apDataBreach72h',
              reason: text,
            });
      onDone(seq);
    });
  }

  return (
    <Dialog title={t('regulatorDialog.title')} onClose={onClose} className="board-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {running.length === 0 ? <p className="muted">{t('regulatorDialog.noClocks')}</p> : null}
        {running.length > 0 ? (
          <label className="field">
            <span>{t('regulatorDialog.clock')}</span>
            <select value={clock} onChange={(e) => pick(e.target.value as LegalClockId)}>
              {running.map((c) => (
                <option key={c.id} value={c.id}>
                  {LEGAL_CLOCK_LABELS[c.id].short[lang]}
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
        </fieldset>
        {mode === 'notification' ? (
          <div className="dialog-row">
            <label className="field">
              <span>{t('regulatorDialog.regulator')}</span>
              <select value={regulator} onChange={(e) => setRegulator(e.target.value as Regulator)}>
                {REGULATORS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('regulatorDialog.type')}</span>
              <select value={type} onChange={(e) => setType(e.target.value as NotificationType)}>
                {TYPES.map((x) => (
                  <option key={x} value={x}>
                    {NOTIFICATION_TYPE_LABELS[x][lang]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('regulatorDialog.reference')}</span>
              <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
            </label>
          </div>
        ) : null}
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
        <FormError message={error} />
        <DialogActions
          submitLabel={
            mode === 'notification'
              ? t('regulatorDialog.submitNotification')
              : t('regulatorDialog.submitNotNotifiable')
          }
          disabled={busy || !text.trim()}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
