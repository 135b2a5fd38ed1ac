import { useTranslation } from 'react-i18next';
import { byLocale } from '../../../../shared/i18n/locale';
import { hrefFor } from '../../app/routes';
import { routeFor } from './editor/targets';
import type { ProtocolEditor } from './editor/use-protocol-editor';

function time(value: Date | string, language: string): string {
  return new Date(value).toLocaleTimeString(byLocale(language, { nl: 'nl-NL', en: 'en-GB' }), {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * Always in view at the top of the editor: is everything saved, the save and discard buttons,
 * and — after a refused save — every field that needs correcting, each a link to the field.
 */
export function SaveBar({ editor, readOnly }: { editor: ProtocolEditor; readOnly: boolean }) {
  const { t, i18n } = useTranslation('protocol');
  const { status, dirty, readiness } = editor;
  const line =
    status.kind === 'saving'
      ? t('save.saving')
      : dirty
        ? t('save.dirty')
        : status.kind === 'saved'
          ? t('save.savedAt', { time: time(status.at, i18n.language) })
          : t('save.clean');
  const issues = [...editor.issues.values()];
  return (
    <div className={`pe-savebar${dirty ? ' pe-savebar--dirty' : ''}`}>
      <div className="pe-savebar__row">
        <p className="pe-savebar__status" role="status" data-testid="save-status">
          <span className={`pe-dot${dirty ? ' pe-dot--dirty' : ''}`} aria-hidden="true" />
          {line}
        </p>
        {readiness ? (
          <a
            className="pe-savebar__figure"
            href={hrefFor('protocol', 'readiness')}
            data-testid="readiness-mini"
          >
            {t('save.readinessFigure', { met: readiness.met, checks: readiness.checks })}
          </a>
        ) : null}
        {!readOnly ? (
          <span className="pe-savebar__buttons">
            <button
              type="button"
              onClick={() => void editor.save()}
              disabled={status.kind === 'saving' || (!dirty && status.kind !== 'invalid')}
              aria-keyshortcuts="Control+S"
            >
              {t('save.save')} <span className="pe-kbd">{t('save.shortcut')}</span>
            </button>
            {dirty ? (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  if (window.confirm(t('save.discardConfirm'))) void editor.discard();
                }}
              >
                {t('save.discard')}
              </button>
            ) : null}
          </span>
        ) : null}
      </div>
      {editor.restoredAt && dirty ? (
        <p className="pe-note">{t('save.restored', { time: time(editor.restoredAt, i18n.language) })}</p>
      ) : null}
      {editor.remoteChanged && status.kind !== 'conflict' ? (
        <p className="pe-note">{t('save.remoteChanged')}</p>
      ) : null}
      {status.kind === 'conflict' ? (
        <div className="banner banner--warning" role="alert">
          <strong className="banner__title">{t('save.conflictTitle')}</strong>
          <p>{status.message}</p>
          <div className="pe-actions">
            <button type="button" onClick={() => void editor.save(true)}>
              {t('save.overwrite')}
            </button>
            <button type="button" className="secondary" onClick={() => void editor.discard()}>
              {t('save.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {status.kind === 'error' ? (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'invalid' && issues.length > 0 ? (
        <div className="banner banner--danger" role="alert">
          <strong className="banner__title">{t('save.invalidTitle')}</strong>
          <p>{status.message}</p>
          <p>{t('save.fixThese')}</p>
          <ul className="pe-issue-list">
            {issues.slice(0, 12).map((i) => (
              <li key={i.id}>
                <a href={hrefFor('protocol', ...routeFor(i.target))}>{i.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
