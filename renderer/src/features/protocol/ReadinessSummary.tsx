import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../../../shared/protocol/readiness';
import { call, on } from '../../api/client';
import { hrefFor } from '../../app/routes';
import { useAppStore } from '../../state/app-store';
import './protocol.css';

/** The readiness figure for the home screen, from the saved protocol; follows every change. */
export function ReadinessSummary() {
  const { t } = useTranslation('protocol');
  const dir = useAppStore((s) => s.workspace?.dir ?? null);
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  useEffect(() => {
    if (!dir) return;
    const load = () => {
      call('protocol.readiness', {})
        .then(setReadiness)
        .catch(() => setReadiness(null));
    };
    load();
    return on('protocol.changed', load);
  }, [dir]);
  if (!dir || !readiness) return null;
  const errors = readiness.gaps.filter((g) => g.severity === 'error').length;
  return (
    <section className="pe-home" aria-labelledby="pe-home-title">
      <h2 id="pe-home-title">{t('readiness.homeTitle')}</h2>
      <p className="pe-figure" data-testid="home-readiness">
        <meter min={0} max={readiness.checks} value={readiness.met} aria-hidden="true" />
        {t('readiness.figure', { met: readiness.met, checks: readiness.checks })}
      </p>
      {readiness.gaps.length > 0 ? (
        <p>
          <a href={hrefFor('protocol', 'readiness')}>
            {t('readiness.homeLink')} ({readiness.gaps.length}
            {errors > 0 ? `, ${errors} ✖` : ''})
          </a>
        </p>
      ) : (
        <p className="pe-status pe-status--ok">{t('readiness.allMet')}</p>
      )}
    </section>
  );
}
