import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardState } from '../../../../shared/board/board-state';
import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES, type Audience, PHASES, type Phase } from '../../../../shared/model/vocabulary';
import type { Verdict } from '../../../../shared/verdicts/types';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { actionKey, parseActionKey } from './open-actions';
import { recipientChoices } from './recipients';
import { WallClockFields } from './WallClockFields';
import { dueInstantOf } from './when';

interface LogActionDialogProps {
  state: BoardState;
  incidentId: string;
  author: string;
  /** what is open or partly done now (the action list), and the verdicts to prefill from */
  open: readonly Verdict[];
  /** the phase the incident is in */
  currentPhase: Phase;
  /** the action clicked, or the first open one; null logs a free message; `phase` logs it late there */
  initial: { audience: Audience; action: number | null; phase?: Phase };
  /** the verdict of the clicked action, if any: a partly done one preselects who is still missing */
  verdict?: Verdict | undefined;
  onDone(seq: number): void;
  onClose(): void;
}

/** "Logged as sent": prefilled from the matrix and the protocol, so one Enter usually does it. */
export function LogActionDialog({
  state,
  incidentId,
  author,
  open,
  currentPhase,
  initial,
  verdict,
  onDone,
  onClose,
}: LogActionDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { busy, error, run } = useSubmit();
  const [key, setKey] = useState(
    initial.action === null ? `${initial.audience}|free` : actionKey(initial.audience, initial.action),
  );
  const { audience, action } = parseActionKey(key);
  const choices = useMemo(
    () => recipientChoices(state.contacts[audience], t('logDialog.privatePhone')),
    [state.contacts, audience, t],
  );
  const def = action === null ? undefined : actionDefinition(action);
  // A partly done action: preselect only the organisations still to be told.
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => {
    const missing = verdict?.status === 'partial' ? verdict.recipients?.notTold : undefined;
    return new Set(choices.map((c) => c.key).filter((k) => !missing || missing.includes(k)));
  });
  const [forPhase, setForPhase] = useState<Phase>(initial.phase ?? currentPhase);
  const [nextUpdate, setNextUpdate] = useState({ date: '', time: '' });
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
    if (busy) return;
    const recipients = choices.filter((c) => checked.has(c.key)).map((c) => c.recipient);
    if (extra.trim()) recipients.push({ name: extra.trim(), protocolRef: '' });
    if (recipients.length === 0) {
      setProblem(t('logDialog.needRecipient'));
      return;
    }
    const promised = dueInstantOf(nextUpdate);
    if ((nextUpdate.date.trim() || nextUpdate.time.trim()) && !promised) {
      setProblem(t('logDialog.badTime'));
      return;
    }
    setProblem(null);
    void run(async () => {
      const occurredAt = time
        ? amsterdamToUtcIso(formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd'), time)
        : undefined;
      const nextUpdateAt = promised;
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
        ...(action !== null && forPhase !== currentPhase ? { forPhase } : {}),
        ...(nextUpdateAt ? { nextUpdateAt } : {}),
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
            {initial.action !== null &&
            !open.some((o) => o.audience === initial.audience && o.action === initial.action) ? (
              <option value={actionKey(initial.audience, initial.action)}>
                {AUDIENCE_LABELS[initial.audience].short[lang]} — {initial.action}.{' '}
                {actionDefinition(initial.action)?.label[lang]}
              </option>
            ) : null}
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
        {action !== null ? (
          <label className="field">
            <span>{t('logDialog.forPhase')}</span>
            <select value={forPhase} onChange={(e) => setForPhase(e.target.value as Phase)}>
              {PHASES.slice(0, PHASES.indexOf(currentPhase) + 1).map((p) => (
                <option key={p} value={p}>
                  {PHASE_LABELS[p].short[lang]}
                </option>
              ))}
            </select>
            {forPhase !== currentPhase ? <span className="muted">{t('logDialog.lateNote')}</span> : null}
          </label>
        ) : null}
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
        <WallClockFields
          label={t('logDialog.nextUpdate')}
          value={nextUpdate}
          onChange={setNextUpdate}
          hint={t('logDialog.nextUpdateHint')}
        />
        <FormError message={problem ?? error} />
        <DialogActions submitLabel={t('logDialog.submit')} disabled={busy} autoFocus onCancel={onClose} />
      </form>
    </Dialog>
  );
}
