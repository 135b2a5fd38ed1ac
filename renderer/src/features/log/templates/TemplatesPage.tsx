import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateKey } from '../../../../../shared/api/log-api';
import { unknownPlaceholders } from '../../../../../shared/log/template-placeholders';
import { ApiError, call } from '../../../api/client';
import { useLiveCall } from '../../../api/use-live-call';
import { hrefFor } from '../../../app/routes';
import { Banner } from '../../../components/Banner';
import { ChangedElsewhere } from '../../../components/ChangedElsewhere';
import { useSubmit } from '../../../hooks/use-submit';
import { useAppStore } from '../../../state/app-store';
import { PlaceholderList } from './PlaceholderList';
import { TemplateChooser } from './TemplateChooser';
import { TemplatePreview } from './TemplatePreview';
import { slotId, useTemplates } from './use-templates';
import './templates.css';
import { localeOf } from '../../../../../shared/i18n/locale';

const loadContacts = () => call('log.contacts', {});
const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;

/** #/log/templates: the organisation's own drafting texts, beside Ketenbord's defaults. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation('log');
  const lang = localeOf(i18n.language);
  const workspace = useAppStore((s) => s.workspace);
  const readOnly = workspace?.readOnly ?? false;
  const templates = useTemplates();
  const [key, setKey] = useState<TemplateKey>({ audience: 'customers', action: 1, language: lang });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit();
  const busy = submit.busy;
  const status = submit.error
    ? { text: submit.error, tone: 'error' as const }
    : done
      ? { text: done, tone: 'ok' as const }
      : null;
  // only the preview's organisation name: without it the preview shows the placeholder
  const organisation = useLiveCall(loadContacts, PROTOCOL_EVENTS).data?.organisation ?? '';
  const slot = templates.slots?.get(slotId(key)) ?? null;
  const base = slot ? (slot.organisation ?? slot.defaultText) : null;

  // Start from the stored text whenever another combination is chosen; when the stored text changes
  // elsewhere while this one has unsaved edits, keep the edits and ask (never overwrite them).
  const seedKey = slotId(key);
  const seeded = useRef<{ key: string; subject: string; body: string } | null>(null);
  const typed = useRef({ subject, body });
  typed.current = { subject, body };
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const takeBase = useCallback(() => {
    seeded.current = base ? { key: seedKey, subject: base.subject, body: base.body } : null;
    setSubject(base?.subject ?? '');
    setBody(base?.body ?? '');
    setChangedElsewhere(false);
  }, [seedKey, base]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored texts, not the slot object, are what changed
  useEffect(() => {
    const seed = seeded.current;
    const now = typed.current;
    const edited = seed !== null && (now.subject !== seed.subject || now.body !== seed.body);
    const matches = base !== null && now.subject === base.subject && now.body === base.body;
    if (seed?.key === seedKey && edited && !matches) setChangedElsewhere(true);
    else takeBase();
  }, [seedKey, base?.subject, base?.body]);

  const unknown = unknownPlaceholders(`${subject}\n${body}`);
  const empty = !subject.trim() || !body.trim();
  const dirty = base !== null && (subject !== base.subject || body !== base.body);

  async function run(action: () => Promise<void>, doneText: string) {
    setDone(null);
    const finished = await submit.run(async () => {
      await action();
      return true;
    });
    if (finished) setDone(doneText);
  }

  const save = () => run(() => templates.save(key, subject, body), t('templates.saved'));
  const reset = () => {
    if (!window.confirm(t('templates.resetConfirm'))) return;
    void run(() => templates.reset(key), t('templates.resetDone'));
  };
  const ownCount = templates.slots ? [...templates.slots.values()].filter((s) => s.organisation).length : 0;

  return (
    <section aria-labelledby="page-title" className="tpl-page">
      <div className="tpl-header">
        <h1 id="page-title">{t('templates.title')}</h1>
        <a href={hrefFor('log')} className="log-linkbutton">
          ← {t('templates.back')}
        </a>
      </div>
      <p className="tpl-intro">{t('templates.intro')}</p>
      {readOnly ? (
        <Banner tone="warning" title={t('templates.readOnly')}>
          {workspace?.readOnlyReason?.[lang] ?? ''}
        </Banner>
      ) : null}
      {changedElsewhere ? <ChangedElsewhere onReload={takeBase} /> : null}
      {templates.error ? (
        <Banner tone="danger" role="alert" title={t('templates.title')}>
          {templates.error instanceof ApiError ? templates.error.text(lang) : String(templates.error)}
        </Banner>
      ) : null}
      {!templates.slots || !slot ? (
        <p className="loading">{t('templates.loading')}</p>
      ) : (
        <>
          <div className="tpl-top">
            <TemplateChooser value={key} slots={templates.slots} onChange={setKey} />
            <p className="tpl-count" data-testid="tpl-own-count">
              {t('templates.ownCount', { count: ownCount })}
            </p>
          </div>
          <div className="tpl-grid">
            <section className="tpl-box tpl-default" aria-labelledby="tpl-default-title">
              <h2 id="tpl-default-title">{t('templates.defaultTitle')}</h2>
              <p className="muted">{t('templates.defaultNote')}</p>
              <p className="tpl-label">{t('templates.subject')}</p>
              <p className="tpl-preview__subject">{slot.defaultText.subject}</p>
              <p className="tpl-label">{t('templates.body')}</p>
              <pre className="tpl-text" data-testid="tpl-default-body">
                {slot.defaultText.body}
              </pre>
            </section>
            <form
              className="tpl-box tpl-edit"
              aria-labelledby="tpl-edit-title"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <h2 id="tpl-edit-title">{t('templates.editTitle')}</h2>
              <p className={slot.organisation ? 'tpl-own' : 'muted'} data-testid="tpl-source">
                {slot.organisation ? `✎ ${t('templates.hasOwn')}` : t('templates.noOwn')}
              </p>
              <fieldset disabled={readOnly || busy} className="tpl-fields">
                <label className="field">
                  <span>{t('templates.subject')}</span>
                  <input
                    value={subject}
                    onChange={(e) => setSubject(e.target.value)}
                    data-testid="tpl-subject"
                  />
                </label>
                <label className="field">
                  <span>{t('templates.body')}</span>
                  <textarea
                    rows={16}
                    value={body}
                    onChange={(e) => setBody(e.target.value)}
                    data-testid="tpl-body"
                    aria-describedby="tpl-problems"
                  />
                </label>
              </fieldset>
              <div id="tpl-problems" aria-live="polite">
                {unknown.length > 0 ? (
                  <p className="tpl-problem">{t('templates.unknown', { names: unknown.join(', ') })}</p>
                ) : null}
                {empty ? <p className="tpl-problem">{t('templates.required')}</p> : null}
              </div>
              <div className="tpl-buttons">
                <button type="submit" disabled={readOnly || busy || empty || unknown.length > 0}>
                  {t('templates.save')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={readOnly || busy || !slot.organisation}
                  onClick={reset}
                >
                  {t('templates.reset')}
                </button>
                {dirty ? <span className="tpl-dirty">{t('templates.unsaved')}</span> : null}
              </div>
              {status ? (
                <p
                  className={`log-status log-status--${status.tone}`}
                  role={status.tone === 'error' ? 'alert' : 'status'}
                >
                  {status.text}
                </p>
              ) : null}
            </form>
            <div className="tpl-side">
              <PlaceholderList />
              <TemplatePreview
                templateKey={key}
                subject={subject}
                body={body}
                organisation={organisation || t('templates.exampleOrganisation')}
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
