import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolState } from '../../../../../shared/api/protocol-api';
import { call } from '../../../api/client';

/**
 * The demo button. Loading the sample throws the whole protocol away (into a backup), so it takes
 * two deliberate steps: open the warning, then confirm in it.
 */
export function SampleLoader({
  disabled,
  onLoaded,
  onError,
}: {
  disabled: boolean;
  onLoaded(state: ProtocolState): void;
  onError(error: unknown): void;
}) {
  const { t } = useTranslation('protocol');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const load = async () => {
    setBusy(true);
    try {
      onLoaded(await call('protocol.loadSample', { confirm: true }));
      close();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
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
            {/* biome-ignore lint/a11y/noAutofocus: the confirmation must take the focus */}
            <button type="button" className="danger" autoFocus disabled={busy} onClick={() => void load()}>
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
