import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../../shared/i18n/locale';
import type { Gap, Readiness } from '../../../../../shared/protocol/readiness';
import { hrefFor } from '../../../app/routes';
import { routeFor } from '../editor/targets';

function GapList({ gaps, language }: { gaps: Gap[]; language: 'nl' | 'en' }) {
  return (
    <ul className="pe-gaps">
      {gaps.map((g) => (
        <li key={g.id} className={`pe-gap pe-gap--${g.severity}`}>
          <a href={hrefFor('protocol', ...routeFor(g.target))}>{g.message[language]}</a>
        </li>
      ))}
    </ul>
  );
}

/** The live list of gaps in the draft; each line is a link that opens the field to fix it. */
export function ReadinessSection({ readiness, dirty }: { readiness: Readiness; dirty: boolean }) {
  const { t, i18n } = useTranslation('protocol');
  const language = localeOf(i18n.language);
  const errors = readiness.gaps.filter((g) => g.severity === 'error');
  const warnings = readiness.gaps.filter((g) => g.severity === 'warning');
  return (
    <section aria-labelledby="pe-readiness">
      <h2 id="pe-readiness">{t('readiness.heading')}</h2>
      <p className="muted pe-intro">{t('readiness.intro')}</p>
      <p className="pe-figure" data-testid="readiness-figure">
        <meter min={0} max={readiness.checks} value={readiness.met} aria-hidden="true" />{' '}
        {t('readiness.figure', { met: readiness.met, checks: readiness.checks })}
      </p>
      {dirty ? <p className="muted">{t('readiness.basedOnDraft')}</p> : null}
      {readiness.gaps.length === 0 ? (
        <p className="pe-status pe-status--ok">{t('readiness.allMet')}</p>
      ) : null}
      {errors.length > 0 ? (
        <>
          <h3>
            {t('readiness.errors')} ({errors.length})
          </h3>
          <GapList gaps={errors} language={language} />
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3>
            {t('readiness.warnings')} ({warnings.length})
          </h3>
          <GapList gaps={warnings} language={language} />
        </>
      ) : null}
    </section>
  );
}
