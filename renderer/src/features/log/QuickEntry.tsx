import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../../shared/i18n/locale';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { useSubmit } from '../../hooks/use-submit';
import { type QuickKind, quickKindForKey, quickKinds } from './quick-kinds';

interface Props {
  disabled: boolean;
  /** an exercise adds the evaluator's note as a fourth kind */
  isExercise: boolean;
  /** resolves with the seq once the entry is on disk; rejects with a message to show */
  onLog(kind: QuickKind, summary: string): Promise<number | null>;
}

/** Type and press Enter: the fastest way to get a note, decision or observation into the log. */
export function QuickEntry({ disabled, isExercise, onLog }: Props) {
  const { t, i18n } = useTranslation('log');
  const [kind, setKind] = useState<QuickKind>('note');
  const [text, setText] = useState('');
  const { busy, run } = useSubmit();
  // Enter on an empty bar says what is missing instead of doing nothing (a decision needs its text)
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const kinds = quickKinds(isExercise);

  // Switching to an incident that is not an exercise must not leave the evaluator kind selected.
  useEffect(() => {
    if (!isExercise && kind === 'evaluator') setKind('note');
  }, [isExercise, kind]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const summary = text.trim();
    setEmpty(!summary);
    if (!summary) return;
    // the text is cleared only once it is on disk, so nothing typed is lost on an error
    const seq = await run(() => onLog(kind, summary));
    if (seq !== undefined && seq !== null) setText('');
    input.current?.focus();
  }

  // On the form, not the input, so the shortcuts also work while a toggle has the focus.
  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const next = quickKindForKey(event.key, event.code, isExercise);
    if (!next) return;
    event.preventDefault();
    setKind(next);
  }

  const label = (k: QuickKind) =>
    k === 'evaluator' ? t('quick.evaluator') : pick(LOG_KIND_LABELS[k], i18n.language);

  return (
    <form className="log-quick" onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('quick.label')}>
      <fieldset className="log-quick__kinds">
        <legend className="visually-hidden">{t('quick.kindLabel')}</legend>
        {kinds.map((k) => (
          <label
            key={k}
            className={`log-toggle${k === 'evaluator' ? ' log-toggle--exercise' : ''}${kind === k ? ' log-toggle--on' : ''}`}
          >
            <input
              type="radio"
              name="quick-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {label(k)}
          </label>
        ))}
      </fieldset>
      <label className="log-quick__text">
        <span className="visually-hidden">{t('quick.label')}</span>
        <input
          ref={input}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setEmpty(false);
          }}
          placeholder={t('quick.placeholder')}
          maxLength={2000}
          disabled={disabled}
          aria-describedby="log-quick-hint"
          aria-invalid={empty}
          data-testid="log-quick-input"
        />
      </label>
      <button type="submit" disabled={disabled || busy}>
        {t('quick.log')}
      </button>
      <span id="log-quick-hint" className="log-quick__hint muted">
        {empty ? <span className="field-error">{t('quick.required')}</span> : null}{' '}
        {isExercise ? t('quick.hintExercise') : t('quick.hint')}
      </span>
    </form>
  );
}
