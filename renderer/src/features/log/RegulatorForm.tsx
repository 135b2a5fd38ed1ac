import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { FormButtons, RequiredError } from './FormButtons';
import {
  NOTIFICATION_TYPES,
  type NotificationType,
  REGULATORS,
  type Regulator,
  type RegulatorNotification,
  regulatorNeedsName,
} from './kind-bodies';
import { useFormSubmit } from './use-form-submit';
import { useWhen } from './use-when';
import { WhenFields } from './WhenFields';

interface Props {
  onSave(body: RegulatorNotification, occurredAt: string | undefined): Promise<boolean>;
  onClose(): void;
}

/**
 * A notification to a regulator (AP, NCSC, a CSIRT, a sector supervisor): to whom, what kind, the
 * reference they gave back, and what was notified. Auditors ask for exactly these facts.
 */
export function RegulatorForm({ onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const [regulator, setRegulator] = useState<Regulator>('AP');
  const [name, setName] = useState('');
  const [type, setType] = useState<NotificationType>('notification');
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const when = useWhen();
  const form = useFormSubmit(onClose);
  const needsName = regulatorNeedsName(regulator);
  const missing = { name: needsName && !name.trim(), summary: !summary.trim() };

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(!missing.name && !missing.summary && when.ok, () =>
      onSave(
        {
          kind: 'regulatorNotification',
          regulator,
          ...(name.trim() ? { regulatorName: name.trim() } : {}),
          notificationType: type,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
          summary: summary.trim(),
        },
        when.occurredAt,
      ),
    );
  }

  return (
    <Dialog
      title={t('regulator.title')}
      onClose={onClose}
      className="log-dialog log-dialog--wide"
      returnFocus
    >
      <form onSubmit={submit} className="log-form" noValidate>
        <div className="log-form__row">
          <label className="field">
            <span>{t('regulator.regulator')}</span>
            <select value={regulator} onChange={(e) => setRegulator(e.target.value as Regulator)}>
              {REGULATORS.map((r) => (
                <option key={r} value={r}>
                  {t(`regulator.regulators.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{needsName ? t('regulator.name') : t('regulator.nameOptional')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={form.tried && missing.name}
              maxLength={200}
            />
            <RequiredError show={form.tried && missing.name} />
          </label>
        </div>
        <div className="log-form__row">
          <label className="field">
            <span>{t('regulator.type')}</span>
            <select value={type} onChange={(e) => setType(e.target.value as NotificationType)}>
              {NOTIFICATION_TYPES.map((n) => (
                <option key={n} value={n}>
                  {t(`regulator.types.${n}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('regulator.reference')}</span>
            <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
          </label>
        </div>
        <label className="field">
          <span>{t('regulator.summary')}</span>
          <textarea
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            aria-invalid={form.tried && missing.summary}
            maxLength={2000}
          />
          <RequiredError show={form.tried && missing.summary} />
        </label>
        <WhenFields when={when} legend={t('regulator.occurredAt')} />
        <FormButtons busy={form.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
