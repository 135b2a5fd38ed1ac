import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { Dialog, DialogActions } from './Dialog';

/** Asked once per session before the first log line: the log must say who wrote each entry. */
export function AuthorDialog({ onDone, onClose }: { onDone(): void; onClose(): void }) {
  const { t } = useTranslation('board');
  const setAuthor = useAppStore((s) => s.setAuthor);
  const [name, setName] = useState('');
  return (
    <Dialog title={t('authorDialog.title')} onClose={onClose} className="board-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setAuthor(name.trim());
          onDone();
        }}
      >
        <p>{t('authorDialog.explain')}</p>
        <label className="field">
          <span>{t('authorDialog.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={200}
            data-autofocus
          />
        </label>
        <DialogActions submitLabel={t('authorDialog.submit')} />
      </form>
    </Dialog>
  );
}
