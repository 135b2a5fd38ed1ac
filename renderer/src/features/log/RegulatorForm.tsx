import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/i18n/locale';
import { NOTIFICATION_TYPE_LABELS, REGULATOR_LABELS } from '../../../../shared/log/labels';
import { Dialog } from '../../components/Dialog';
import { nextNotificationType, useEarlierNotifications } from './earlier-notifications';
import { FollowUpField } from './FollowUpField';
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
import { capital } from './value-text';
import { WhenFields } from './WhenFields';

interface Props {
  incidentId: string | null;
  onSave(body: RegulatorNotification, occurredAt: string | undefined): Promise<boolean>;
  onClose(): void;
}

/**
 * A notification to a regulator (AP, NCSC, a CSIRT, a sector supervisor): to whom, what kind, the
 * reference they gave back, what was notified, which earlier notification it follows up, and when
 * it was really submitted. Auditors ask for exactly these facts, and the legal clocks judge by the
 * submission time, not by when it was logged.
 */
export function RegulatorForm({ incidentId, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation('log');
  const locale = localeOf(i18n.language);
  const earlier = useEarlierNotifications(incidentId);
  const [followUpOf, setFollowUpOf] = useState<number | null>(null);
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
          ...(followUpOf !== null ? { followUpOf } : {}),
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
        <FollowUpField
          earlier={earlier}
          value={followUpOf}
          onChange={(n) => {
            setFollowUpOf(n?.seq ?? null);
            // a follow-up goes to the same regulator; propose the step that usually comes next
            if (!n) return;
            setRegulator(n.regulator);
            setName(n.regulatorName ?? '');
            setType(nextNotificationType(n));
          }}
        />
        <div className="log-form__row">
          <label className="field">
            <span>{t('regulator.regulator')}</span>
            <select value={regulator} onChange={(e) => setRegulator(e.target.value as Regulator)}>
              {REGULATORS.map((r) => (
                <option key={r} value={r}>
                  {capital(REGULATOR_LABELS[r][locale])}
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
                  {capital(NOTIFICATION_TYPE_LABELS[n][locale])}
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
        <WhenFields when={when} legend={t('regulator.occurredAt')} hint={t('regulator.occurredAtHint')} />
        <FormButtons busy={form.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
