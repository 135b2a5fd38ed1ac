import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { pick } from './log-format';

type QuickKind = 'note' | 'decision';

interface Props {
  disabled: boolean;
  /** resolves with the seq once the entry is on disk; rejects with a message to show */
  onLog(kind: QuickKind, summary: string): Promise<number | null>;
}

/** Type and press Enter: the fastest way to get a note or a decision into the log. */
export function QuickEntry({ disabled, onLog }: Props) {
  const { t, i18n } = useTranslation('log');
  const [kind, setKind] = useState<QuickKind>('note');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const summary = text.trim();
    if (!summary || busy) return;
    setBusy(true);
    try {
      // the text is cleared only once it is on disk, so nothing typed is lost on an error
      if ((await onLog(kind, summary)) !== null) setText('');
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey) return;
    if (event.key === 'n' || event.key === 'N') setKind('note');
    else if (event.key === 'b' || event.key === 'B') setKind('decision');
    else return;
    event.preventDefault();
  }

  return (
    <form className="log-quick" onSubmit={submit} aria-label={t('quick.label')}>
      <fieldset className="log-quick__kinds">
        <legend className="visually-hidden">{t('quick.kindLabel')}</legend>
        {(['note', 'decision'] as const).map((k) => (
          <label key={k} className={`log-toggle${kind === k ? ' log-toggle--on' : ''}`}>
            <input
              type="radio"
              name="quick-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {pick(LOG_KIND_LABELS[k], i18n.language)}
          </label>
        ))}
      </fieldset>
      <label className="log-quick__text">
        <span className="visually-hidden">{t('quick.label')}</span>
        <input
          ref={input}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t('quick.placeholder')}
          maxLength={2000}
          disabled={disabled}
          aria-describedby="log-quick-hint"
          data-testid="log-quick-input"
        />
      </label>
      <button type="submit" disabled={disabled || busy || !text.trim()}>
        {t('quick.log')}
      </button>
      <span id="log-quick-hint" className="log-quick__hint muted">
        {t('quick.hint')}
      </span>
    </form>
  );
}
