import { useTranslation } from 'react-i18next';

/** The board on the projector: no controls, no private numbers. Filled in by the board feature. */
export function ProjectorView() {
  const { t } = useTranslation();
  return (
    <main className="projector" aria-label={t('nav.board')}>
      <h1>{t('nav.board')}</h1>
    </main>
  );
}
