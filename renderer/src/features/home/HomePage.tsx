import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { ReadinessSummary } from '../protocol/ReadinessSummary';
import { FirstStart } from './FirstStart';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <FirstStart />
      <ol className="steps">
        <li>
          <a href={hrefFor('protocol')}>{t('nav.protocol')}</a> — {t('home.steps.protocol')}
        </li>
        <li>
          <a href={hrefFor('incidents')}>{t('nav.incidents')}</a> — {t('home.steps.incident')}
        </li>
        <li>
          <a href={hrefFor('log')}>{t('nav.log')}</a> — {t('home.steps.log')}
        </li>
        <li>
          <a href={hrefFor('reports')}>{t('nav.reports')}</a> — {t('home.steps.report')}
        </li>
      </ol>
      <ReadinessSummary />
    </section>
  );
}
