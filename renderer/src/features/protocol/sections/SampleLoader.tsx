import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The demo button. Loading the sample throws the whole protocol away (into a backup), so it takes
 * two deliberate steps: open the warning, then confirm in it. The loading itself (and its guard
 * against a double confirm) belongs to the data section, which shows the outcome.
 */
export function SampleLoader({
  disabled,
  onConfirm,
}: {
  /** true while the section is busy or read-only: the confirm button is disabled too */
  disabled: boolean;
  /** loads the sample; resolves to true once it is in, so the warning can close */
  onConfirm(): Promise<boolean>;
}) {
  const { t } = useTranslation('protocol');
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // focus goes back to the opener once it can take it: right after a load the section is still
  // busy for a render, and a disabled button cannot be focused
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || disabled) return;
    opener.current?.focus();
    setRefocus(false);
  }, [refocus, disabled]);
  const close = () => {
    setAsking(false);
    setRefocus(true);
  };
  const load = async () => {
    if (await onConfirm()) close();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="secondary"
        disabled={disabled}
        aria-expanded={asking}
        onClick={() => setAsking(true)}
      >
        {t('data.loadSample')}
      </button>
      {asking ? (
        <div
          className="banner banner--warning pe-confirm"
          role="alertdialog"
          aria-labelledby="pe-sample-title"
          aria-describedby="pe-sample-body"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <strong id="pe-sample-title" className="banner__title">
            {t('data.sampleConfirmTitle')}
          </strong>
          <p id="pe-sample-body">{t('data.sampleConfirmBody')}</p>
          <div className="pe-actions">
            <button
              type="button"
              className="danger"
              // biome-ignore lint/a11y/noAutofocus: the confirmation must take the focus
              autoFocus
              disabled={disabled}
              onClick={() => void load()}
            >
              {t('data.sampleConfirm')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('person.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
