import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { DueFields } from './DueFields';
import { FormButtons, RequiredError } from './FormButtons';
import type { MessageReceived } from './kind-bodies';
import { ChannelField, MessageTextFields } from './MessageFields';
import { useDue } from './use-due';
import { useFormSubmit } from './use-form-submit';
import { useWhen } from './use-when';
import { WhenFields } from './WhenFields';

interface Props {
  channels: string[];
  onSave(body: MessageReceived, occurredAt: string | undefined): Promise<boolean>;
  onClose(): void;
}

/** A message that came in: from whom, through what, what it said, and whether it still needs an answer. */
export function ReceivedForm({ channels, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const id = useId();
  const [from, setFrom] = useState('');
  const [channel, setChannel] = useState('');
  const [summary, setSummary] = useState('');
  const [fullText, setFullText] = useState('');
  const [awaitsAnswer, setAwaitsAnswer] = useState(false);
  const when = useWhen();
  const answerBy = useDue();
  const form = useFormSubmit(onClose);
  const missing = { from: !from.trim(), channel: !channel.trim(), summary: !summary.trim() };

  function submit(event: FormEvent) {
    event.preventDefault();
    // the deadline only counts for a question that waits; unticking the box drops it
    const deadline = awaitsAnswer ? answerBy : null;
    const valid = !missing.from && !missing.channel && !missing.summary && when.ok && !deadline?.bad;
    void form.submit(valid, () =>
      onSave(
        {
          kind: 'messageReceived',
          from: from.trim(),
          channel: channel.trim(),
          summary: summary.trim(),
          ...(fullText.trim() ? { fullText: fullText.trim() } : {}),
          awaitsAnswer,
          ...(deadline?.iso ? { answerBy: deadline.iso } : {}),
        },
        when.occurredAt,
      ),
    );
  }

  const invalid = (flag: boolean) => form.tried && flag;
  return (
    <Dialog title={t('received.title')} onClose={onClose} className="log-dialog log-dialog--wide" returnFocus>
      <form onSubmit={submit} className="log-form" noValidate>
        <div className="log-form__row">
          <label className="field">
            <span>{t('received.from')}</span>
            <input
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={invalid(missing.from)}
              aria-describedby={`${id}-from`}
              maxLength={200}
            />
            <small id={`${id}-from`} className="muted">
              {t('received.fromHint')}
            </small>
            <RequiredError show={invalid(missing.from)} />
          </label>
          <ChannelField
            value={channel}
            onChange={setChannel}
            channels={channels}
            invalid={invalid(missing.channel)}
          />
        </div>
        <MessageTextFields
          summary={summary}
          onSummary={setSummary}
          fullText={fullText}
          onFullText={setFullText}
          fullTextRows={3}
          invalid={invalid(missing.summary)}
        />
        <label className={`log-check${awaitsAnswer ? ' log-check--on' : ''}`}>
          <input
            type="checkbox"
            checked={awaitsAnswer}
            onChange={(e) => setAwaitsAnswer(e.target.checked)}
            aria-describedby={`${id}-awaits`}
          />
          <span className="log-check__text">
            <strong>{t('received.awaitsAnswer')}</strong>
            <small id={`${id}-awaits`}>{t('received.awaitsAnswerHint')}</small>
          </span>
        </label>
        {awaitsAnswer ? (
          <DueFields
            due={answerBy}
            legend={t('received.answerBy')}
            hint={t('received.answerByHint')}
            tried={form.tried}
            testId="received-answer-by"
          />
        ) : null}
        <WhenFields when={when} legend={t('received.occurredAt')} />
        <FormButtons busy={form.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
