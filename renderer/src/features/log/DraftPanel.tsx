import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogContact } from '../../../../shared/api/log-api';
import { localeOf, pick } from '../../../../shared/i18n/locale';
import { mailtoUrl, telUrl } from '../../../../shared/log/links';
import { checkDraftForMedia, needsMediaCheck } from '../../../../shared/log/media-check';
import type { Audience } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { Dialog } from '../../components/Dialog';
import { AudienceActionFields } from './MessageFields';
import type { MessagePrefill } from './message-prefill';
import { NextUpdateField } from './NextUpdateField';
import { useNextUpdate } from './use-next-update';

interface Props {
  incidentId: string;
  contacts: LogContact[];
  onLogAfter(prefill: MessagePrefill): void;
  onClose(): void;
}

const NO_EVENTS = [] as const;

/**
 * Drafting a message from the protocol's template: the text is filled in, the operator edits it,
 * copies it or hands it to their own mail client or phone. Ketenbord never sends anything.
 * The media check runs on every edit for customers and the public, as advice beside the text.
 */
export function DraftPanel({ incidentId, contacts, onLogAfter, onClose }: Props) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const [audience, setAudience] = useState<Audience>('customers');
  const [action, setAction] = useState<number | null>(1);
  const [language, setLanguage] = useState<'nl' | 'en'>(localeOf(lang));
  const next = useNextUpdate();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [source, setSource] = useState<'organisation' | 'default' | null>(null);
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const forAudience = contacts.filter((c) => c.audience === audience);

  useEffect(() => {
    setTo(
      contacts
        .filter((c) => c.audience === audience && c.email)
        .map((c) => c.email)
        .join(', '),
    );
  }, [audience, contacts]);

  // A fresh draft whenever what it is for changes; the operator's edits start from there. Through
  // the one query hook, so a slow answer for an earlier choice never replaces a newer one.
  const nextIso = next.iso;
  const load = useCallback(
    () => call('log.draft', { incidentId, audience, action, language, nextUpdate: nextIso }),
    [incidentId, audience, action, language, nextIso],
  );
  const drafted = useLiveCall(load, NO_EVENTS);
  useEffect(() => {
    if (!drafted.data) return;
    setSubject(drafted.data.subject);
    setBody(drafted.data.body);
    setSource(drafted.data.source);
    setStatus(null);
  }, [drafted.data]);
  useEffect(() => {
    if (drafted.error) setStatus(drafted.error.text(lang));
  }, [drafted.error, lang]);

  const findings = useMemo(
    () => (needsMediaCheck(audience) ? checkDraftForMedia(`${subject}\n${body}`) : []),
    [audience, subject, body],
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setStatus(t('draft.copied'));
    } catch {
      setStatus(t('draft.copyFailed'));
    }
  }

  const mailto = mailtoUrl(
    to.split(',').map((a) => a.trim()),
    subject,
    body,
  );
  const phones = forAudience
    .map((c) => ({ contact: c, url: c.phone ? telUrl(c.phone) : null }))
    .filter((p): p is { contact: LogContact; url: string } => p.url !== null);

  return (
    <Dialog title={t('draft.title')} onClose={onClose} className="log-dialog log-dialog--wide" returnFocus>
      <p className="muted">{t('draft.intro')}</p>
      <div className="log-form__row">
        <AudienceActionFields
          audience={audience}
          action={action}
          onAudience={setAudience}
          onAction={setAction}
        />
        <label className="field">
          <span>{t('draft.language')}</span>
          <select value={language} onChange={(e) => setLanguage(localeOf(e.target.value))}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <NextUpdateField next={next} />
      {source ? (
        <p className="muted">
          {source === 'organisation' ? t('draft.sourceOrganisation') : t('draft.sourceDefault')}
        </p>
      ) : null}
      <div className="log-draft">
        <div className="log-draft__text">
          <label className="field">
            <span>{t('draft.subject')}</span>
            <input value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="draft-subject" />
          </label>
          <label className="field">
            <span>{t('draft.body')}</span>
            <textarea
              rows={12}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              data-testid="draft-body"
            />
          </label>
          <label className="field">
            <span>{t('draft.to')}</span>
            <input value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
        {needsMediaCheck(audience) ? (
          <aside className="log-media" aria-labelledby="log-media-title">
            <h3 id="log-media-title">{t('draft.mediaTitle')}</h3>
            <p className="muted">{t('draft.mediaNote')}</p>
            {findings.length === 0 ? (
              <p>{t('draft.mediaNone')}</p>
            ) : (
              <ul className="log-media__list" data-testid="media-findings">
                {findings.map((f) => (
                  <li key={`${f.start}-${f.kind}`}>
                    <mark>{f.text}</mark> {pick(f.advice, lang)}
                  </li>
                ))}
              </ul>
            )}
          </aside>
        ) : null}
      </div>
      <div className="log-dialog__buttons">
        <button type="button" onClick={() => void copy()}>
          {t('draft.copy')}
        </button>
        <a className="log-linkbutton" href={mailto}>
          {t('draft.mailto')}
        </a>
        {phones.map(({ contact, url }) => (
          <a key={contact.protocolRef} className="log-linkbutton" href={url}>
            {t('draft.tel', { name: contact.name })}
          </a>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onLogAfter({
              audience,
              action,
              summary: subject,
              fullText: body,
              ...(next.iso ? { nextUpdateAt: next.iso } : {}),
              recipients: forAudience
                .map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name))
                .join('\n'),
            })
          }
        >
          {t('draft.logAfter')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      {status ? (
        <p className="toast" role="status">
          {status}
        </p>
      ) : null}
    </Dialog>
  );
}
