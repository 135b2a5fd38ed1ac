import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogContact } from '../../../../shared/api/log-api';
import type { Audience, Phase } from '../../../../shared/model/vocabulary';
import { Dialog } from '../../components/Dialog';
import { DueFields } from './DueFields';
import { FormButtons, RequiredError } from './FormButtons';
import { ForPhaseField, ReplyCheck } from './MessageExtras';
import { AudienceActionFields, ChannelField, MessageTextFields } from './MessageFields';
import type { MessagePrefill } from './message-prefill';
import { contactLabel, parseRecipients, type Recipient } from './recipients-text';
import { useDue } from './use-due';
import { useFormSubmit } from './use-form-submit';
import { useWhen } from './use-when';
import { WhenFields } from './WhenFields';

export interface MessageDraft {
  audience: Audience;
  action: number | null;
  recipients: Recipient[];
  channel: string;
  summary: string;
  fullText?: string;
  sentBy: string;
  forPhase?: Phase;
  nextUpdateAt?: string;
  inReplyTo?: number;
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

/** The form for a message that went out: to whom, through what, what it said, and when. */
export function MessageForm({ author, contacts, channels, prefill, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const id = useId();
  const [audience, setAudience] = useState<Audience>(prefill?.audience ?? 'internal');
  const [action, setAction] = useState<number | null>(prefill?.action ?? null);
  const [recipients, setRecipients] = useState(prefill?.recipients ?? '');
  const [channel, setChannel] = useState(prefill?.channel ?? '');
  const [summary, setSummary] = useState(prefill?.summary ?? '');
  const [fullText, setFullText] = useState(prefill?.fullText ?? '');
  const [sentBy, setSentBy] = useState(author);
  const [forPhase, setForPhase] = useState<Phase | ''>('');
  const [answers, setAnswers] = useState(prefill?.replyTo !== undefined);
  const nextUpdate = useDue(prefill?.nextUpdateAt);
  const when = useWhen();
  const form = useFormSubmit(onClose);

  const { occurredAt } = when;
  const missing = { channel: !channel.trim(), summary: !summary.trim(), sentBy: !sentBy.trim() };
  const forAudience = contacts.filter((c) => c.audience === audience);

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = !missing.channel && !missing.summary && !missing.sentBy && when.ok && !nextUpdate.bad;
    const replyTo = answers ? prefill?.replyTo : undefined;
    void form.submit(valid, () =>
      onSave({
        audience,
        action,
        recipients: parseRecipients(recipients, contacts),
        channel: channel.trim(),
        summary: summary.trim(),
        ...(fullText.trim() ? { fullText: fullText.trim() } : {}),
        sentBy: sentBy.trim(),
        ...(forPhase ? { forPhase } : {}),
        ...(nextUpdate.iso ? { nextUpdateAt: nextUpdate.iso } : {}),
        ...(replyTo ? { inReplyTo: replyTo.seq } : {}),
        ...(occurredAt ? { occurredAt } : {}),
      }),
    );
  }

  const invalid = (flag: boolean) => form.tried && flag;

  return (
    <Dialog title={t('message.title')} onClose={onClose} className="log-dialog log-dialog--wide" returnFocus>
      <form onSubmit={submit} className="log-form" noValidate>
        {prefill?.replyTo ? (
          <ReplyCheck reply={prefill.replyTo} checked={answers} onChange={setAnswers} />
        ) : null}
        <div className="log-form__row">
          <AudienceActionFields
            audience={audience}
            action={action}
            onAudience={setAudience}
            onAction={setAction}
          />
          <ForPhaseField value={forPhase} onChange={setForPhase} />
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
          <ChannelField
            value={channel}
            onChange={setChannel}
            channels={channels}
            invalid={invalid(missing.channel)}
          />
          <label className="field">
            <span>{t('message.sentBy')}</span>
            <input
              value={sentBy}
              onChange={(e) => setSentBy(e.target.value)}
              aria-invalid={invalid(missing.sentBy)}
              maxLength={200}
            />
            <RequiredError show={invalid(missing.sentBy)} />
          </label>
        </div>
        <MessageTextFields
          summary={summary}
          onSummary={setSummary}
          fullText={fullText}
          onFullText={setFullText}
          fullTextRows={4}
          invalid={invalid(missing.summary)}
        />
        <div className="log-form__row">
          <DueFields
            due={nextUpdate}
            legend={t('message.nextUpdateAt')}
            hint={t('message.nextUpdateAtHint')}
            tried={form.tried}
            testId="message-next-update"
          />
          <WhenFields when={when} legend={t('message.occurredAt')} />
        </div>
        <FormButtons busy={form.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
