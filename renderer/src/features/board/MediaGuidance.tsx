import { useTranslation } from 'react-i18next';
import {
  MEDIA_GUIDANCE,
  MEDIA_GUIDANCE_SOURCE,
  MEDIA_GUIDANCE_TITLE,
} from '../../../../shared/guidance/media-guidance';
import { Dialog } from '../../components/Dialog';
import { useLocale } from '../../i18n/use-locale';

/** Chapter 3's advice for dealing with the press, large enough to read on the wall (key M). */
export function MediaGuidance({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  return (
    <Dialog title={MEDIA_GUIDANCE_TITLE[lang]} onClose={onClose} className="board-dialog media-guidance">
      <ol className="media-tips">
        {MEDIA_GUIDANCE.map((tip) => (
          <li key={tip.id}>
            <strong>{tip.title[lang]}</strong> {tip.explanation[lang]}
          </li>
        ))}
      </ol>
      <p className="muted media-source">{MEDIA_GUIDANCE_SOURCE[lang]}</p>
      <button type="button" onClick={onClose} data-autofocus>
        {t('media.close')}
      </button>
    </Dialog>
  );
}
