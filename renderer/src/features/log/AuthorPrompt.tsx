import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useAppStore } from '../../state/app-store';
import { FormButtons } from './FormButtons';

/** Asks once per session who is at the keyboard; every entry carries that name. */
export function AuthorPrompt({ onDone, onCancel }: { onDone(name: string): void; onCancel(): void }) {
  const { t } = useTranslation('log');
  const current = useAppStore((s) => s.author);
  const setAuthor = useAppStore((s) => s.setAuthor);
  const [name, setName] = useState(current);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setAuthor(trimmed);
    onDone(trimmed);
  }

  return (
    <Dialog title={t('author.promptTitle')} onClose={onCancel} className="log-dialog" returnFocus>
      <form onSubmit={submit}>
        <p>{t('author.promptText')}</p>
        <label className="field">
          <span>{t('author.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={200} />
        </label>
        <FormButtons
          busy={false}
          saveLabel={t('author.save')}
          cancelLabel={t('author.cancel')}
          onCancel={onCancel}
        />
      </form>
    </Dialog>
  );
}

/** The name at the keyboard, always visible above the log, with a way to change it. */
export function AuthorBar({ onChange }: { onChange(): void }) {
  const { t } = useTranslation('log');
  const author = useAppStore((s) => s.author);
  // in the crisis room the name given at joining is the author, whatever a form says (issue 15)
  const inRoom = useAppStore((s) => s.participant !== null);
  return (
    <p className="log-author">
      <span className="muted">{t('author.label')}:</span>{' '}
      <strong data-testid="log-author">{author || t('author.none')}</strong>{' '}
      {inRoom ? null : (
        <button type="button" className="link-button" onClick={onChange}>
          {t('author.change')}
        </button>
      )}
    </p>
  );
}
