import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogContact } from '../../../../shared/api/log-api';
import { ACTIONS } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES, type Audience } from '../../../../shared/model/vocabulary';
import { Dialog } from './Dialog';
import { pick } from './log-format';
import { useWhen } from './use-when';
import { WhenFields } from './WhenFields';

export interface MessagePrefill {
  audience?: Audience;
  action?: number | null;
  channel?: string;
  summary?: string;
  fullText?: string;
  recipients?: string;
}

export interface MessageDraft {
  audience: Audience;
  action: number | null;
  recipients: Array<{ name: string; organisation?: string; protocolRef?: string }>;
  channel: string;
  summary: string;
  fullText?: string;
  sentBy: string;
  occurredAt?: string;
}

interface Props {
  author: string;
  contacts: LogContact[];
  channels: string[];
  prefill?: MessagePrefill;
  onSave(message: MessageDraft): Promise<boolean>;
  onClose(): void;
}

const contactLabel = (c: LogContact) => (c.organisation ? `${c.name} (${c.organisation})` : c.name);

/** "Name (Organisation)" per line; a line that matches a protocol contact keeps its reference. */
function parseRecipients(text: string, contacts: LogContact[]): MessageDraft['recipients'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const known = contacts.find((c) => contactLabel(c) === line);
      if (known)
        return {
          name: known.name,
          organisation: known.organisation || undefined,
          protocolRef: known.protocolRef,
        };
      const m = /^(.*?)\s*\(([^)]*)\)$/.exec(line);
      return m?.[1] ? { name: m[1], organisation: m[2] || undefined } : { name: line };
    });
}

/** The form for a message that went out: to whom, through what, what it said, and when. */
export function MessageForm({ author, contacts, channels, prefill, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const id = useId();
  const [audience, setAudience] = useState<Audience>(prefill?.audience ?? 'internal');
  const [action, setAction] = useState<number | null>(prefill?.action ?? null);
  const [recipients, setRecipients] = useState(prefill?.recipients ?? '');
  const [channel, setChannel] = useState(prefill?.channel ?? '');
  const [summary, setSummary] = useState(prefill?.summary ?? '');
  const [fullText, setFullText] = useState(prefill?.fullText ?? '');
  const [sentBy, setSentBy] = useState(author);
  const when = useWhen();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const { occurredAt } = when;
  const missing = { channel: !channel.trim(), summary: !summary.trim(), sentBy: !sentBy.trim() };
  const forAudience = contacts.filter((c) => c.audience === audience);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing.channel || missing.summary || missing.sentBy || !when.ok || busy) return;
    setBusy(true);
    const ok = await onSave({
      audience,
      action,
      recipients: parseRecipients(recipients, contacts),
      channel: channel.trim(),
      summary: summary.trim(),
      ...(fullText.trim() ? { fullText: fullText.trim() } : {}),
      sentBy: sentBy.trim(),
      ...(occurredAt ? { occurredAt } : {}),
    });
    setBusy(false);
    if (ok) onClose();
  }

  const error = (flag: boolean) =>
    tried && flag ? <span className="field-error">{t('message.required')}</span> : null;

  return (
    <Dialog title={t('message.title')} onClose={onClose} wide>
      <form onSubmit={submit} className="log-form" noValidate>
        <div className="log-form__row">
          <label className="field">
            <span>{t('message.audience')}</span>
            <select value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {pick(AUDIENCE_LABELS[a].full, lang)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('message.action')}</span>
            <select
              value={action === null ? '' : String(action)}
              onChange={(e) => setAction(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('message.noAction')}</option>
              {ACTIONS.map((a) => (
                <option key={a.number} value={a.number}>
                  {a.number}. {pick(a.label, lang)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="log-form__row">
          <label className="field">
            <span>{t('message.recipients')}</span>
            <textarea
              rows={2}
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
              aria-describedby={`${id}-rhint`}
            />
            <small id={`${id}-rhint`} className="muted">
              {t('message.recipientsHint')}
            </small>
          </label>
          {forAudience.length > 0 ? (
            <label className="field">
              <span>{t('message.fromProtocol')}</span>
              <select
                value=""
                onChange={(e) => {
                  const c = forAudience.find((x) => x.protocolRef === e.target.value);
                  if (c)
                    setRecipients((r) => (r.trim() ? `${r.trimEnd()}\n${contactLabel(c)}` : contactLabel(c)));
                }}
              >
                <option value="">—</option>
                {forAudience.map((c) => (
                  <option key={c.protocolRef} value={c.protocolRef}>
                    {contactLabel(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        <div className="log-form__row">
          <label className="field">
            <span>{t('message.channel')}</span>
            <input
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
              list={`${id}-channels`}
              aria-invalid={tried && missing.channel}
              maxLength={80}
            />
            <datalist id={`${id}-channels`}>
              {channels.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            {error(missing.channel)}
          </label>
          <label className="field">
            <span>{t('message.sentBy')}</span>
            <input
              value={sentBy}
              onChange={(e) => setSentBy(e.target.value)}
              aria-invalid={tried && missing.sentBy}
              maxLength={200}
            />
            {error(missing.sentBy)}
          </label>
        </div>
        <label className="field">
          <span>{t('message.summary')}</span>
          <textarea
            rows={2}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            aria-invalid={tried && missing.summary}
            maxLength={2000}
          />
          {error(missing.summary)}
        </label>
        <label className="field">
          <span>{t('message.fullText')}</span>
          <textarea
            rows={4}
            value={fullText}
            onChange={(e) => setFullText(e.target.value)}
            maxLength={50_000}
          />
        </label>
        <WhenFields when={when} legend={t('message.occurredAt')} />
        <div className="log-dialog__buttons">
          <button type="submit" disabled={busy}>
            {t('message.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('message.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
