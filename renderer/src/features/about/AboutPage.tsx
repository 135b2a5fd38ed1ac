import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';

export function AboutPage() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  return (
    <section aria-labelledby="page-title" className="prose">
      <h1 id="page-title">{t('about.title')}</h1>
      {info ? (
        <p>
          {t('about.version', { version: info.version })} ·{' '}
          {t('about.host', { host: info.host === 'electron' ? t('about.hostElectron') : t('about.hostWeb') })}
        </p>
      ) : null}
      <p>{t('about.basedOn')}</p>
      <p>{t('about.licenceCip')}</p>
      <p>{t('about.licenceApp')}</p>
      <p>{t('about.offline')}</p>
    </section>
  );
}
