import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardState } from '../../../../shared/board/board-state';
import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';
import { actionDefinition } from '../../../../shared/matrix/actions';
import type { OpenAction } from '../../../../shared/matrix/engine';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES, type Audience } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useLang } from './lang';
import { actionKey, parseActionKey } from './open-actions';
import { recipientChoices } from './recipients';
import { useSubmit } from './use-submit';

interface LogActionDialogProps {
  state: BoardState;
  incidentId: string;
  author: string;
  open: readonly OpenAction[];
  /** the action clicked, or the first open one; null logs a free message */
  initial: { audience: Audience; action: number | null };
  onDone(seq: number): void;
  onClose(): void;
}

/** "Logged as sent": prefilled from the matrix and the protocol, so one Enter usually does it. */
export function LogActionDialog({
  state,
  incidentId,
  author,
  open,
  initial,
  onDone,
  onClose,
}: LogActionDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const { busy, error, run } = useSubmit();
  const [key, setKey] = useState(
    initial.action === null ? `${initial.audience}|free` : actionKey(initial.audience, initial.action),
  );
  const { audience, action } = parseActionKey(key);
  const choices = useMemo(
    () => recipientChoices(state.contacts[audience], lang === 'en' ? 'private' : 'privé'),
    [state.contacts, audience, lang],
  );
  const def = action === null ? undefined : actionDefinition(action);
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(choices.map((c) => c.key)));
  const [extra, setExtra] = useState('');
  const [channel, setChannel] = useState(choices[0]?.channels[0] ?? '');
  const [sentBy, setSentBy] = useState(author);
  const [summary, setSummary] = useState(def ? `${def.number}. ${def.label[lang]}` : '');
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const channels = [...new Set(choices.flatMap((c) => c.channels))];

  function choose(next: string) {
    const parsed = parseActionKey(next);
    setKey(next);
    const nextChoices = recipientChoices(state.contacts[parsed.audience], '');
    setChecked(new Set(nextChoices.map((c) => c.key)));
    setChannel(nextChoices[0]?.channels[0] ?? '');
    const nextDef = parsed.action === null ? undefined : actionDefinition(parsed.action);
    setSummary(nextDef ? `${nextDef.number}. ${nextDef.label[lang]}` : '');
  }

  function submit() {
    const recipients = choices.filter((c) => checked.has(c.key)).map((c) => c.recipient);
    if (extra.trim()) recipients.push({ name: extra.trim(), protocolRef: '' });
    if (recipients.length === 0) {
      setProblem(t('logDialog.needRecipient'));
      return;
    }
    setProblem(null);
    void run(async () => {
      const occurredAt = time
        ? amsterdamToUtcIso(formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd'), time)
        : undefined;
      const { seq } = await call('board.logAction', {
        incidentId,
        author,
        audience,
        action,
        recipients: recipients.map((r) => (r.protocolRef ? r : { name: r.name })),
        channel,
        sentBy,
        summary,
        ...(occurredAt ? { occurredAt } : {}),
      });
      onDone(seq);
    });
  }

  return (
    <Dialog title={t('logDialog.title')} onClose={onClose} className="board-dialog log-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span>{t('logDialog.action')}</span>
          <select value={key} onChange={(e) => choose(e.target.value)}>
            {open.map((o) => (
              <option key={actionKey(o.audience, o.action)} value={actionKey(o.audience, o.action)}>
                {AUDIENCE_LABELS[o.audience].short[lang]} — {o.action}.{' '}
                {actionDefinition(o.action)?.label[lang]}
              </option>
            ))}
            {AUDIENCES.map((a) => (
              <option key={a} value={`${a}|free`}>
                {AUDIENCE_LABELS[a].short[lang]} — {t('logDialog.freeMessage')}
              </option>
            ))}
          </select>
        </label>
        {def ? (
          <p className="action-description">
            {def.description[lang]}
            {def.condition ? (
              <>
                {' '}
                <strong>{t('logDialog.condition')}</strong> {def.condition[lang]}
              </>
            ) : null}
          </p>
        ) : null}
        <fieldset className="recipients">
          <legend>{t('logDialog.recipients')}</legend>
          {choices.map((c) => (
            <label key={c.key} className="choice recipient">
              <input
                type="checkbox"
                checked={checked.has(c.key)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(c.key);
                  else next.delete(c.key);
                  setChecked(next);
                }}
              />
              <span>
                <strong>{c.recipient.name}</strong>
                {c.recipient.organisation ? ` — ${c.recipient.organisation}` : ''}
                {c.details.length > 0 ? (
                  <span className="recipient__details">{c.details.join(' · ')}</span>
                ) : null}
              </span>
            </label>
          ))}
          <label className="field">
            <span>{t('logDialog.extraRecipient')}</span>
            <input value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={200} />
          </label>
        </fieldset>
        <div className="dialog-row">
          <label className="field">
            <span>{t('logDialog.channel')}</span>
            <input
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
              list="log-channels"
              required
              maxLength={80}
            />
            <datalist id="log-channels">
              {channels.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t('logDialog.sentBy')}</span>
            <input value={sentBy} onChange={(e) => setSentBy(e.target.value)} required maxLength={200} />
          </label>
          <label className="field field--time">
            <span>{t('logDialog.occurredAt')}</span>
            <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span>{t('logDialog.summary')}</span>
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            required
            maxLength={2000}
            rows={2}
          />
        </label>
        <FormError message={problem ?? error} />
        <DialogActions submitLabel={t('logDialog.submit')} disabled={busy} autoFocus onCancel={onClose} />
      </form>
    </Dialog>
  );
}
