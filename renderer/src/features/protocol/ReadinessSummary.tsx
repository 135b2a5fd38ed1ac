import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { hrefFor } from '../../app/routes';
import { useAppStore } from '../../state/app-store';
import './protocol.css';

const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;

/** The readiness figure for the home screen, from the saved protocol; follows every change. */
export function ReadinessSummary() {
  const { t } = useTranslation('protocol');
  const dir = useAppStore((s) => s.workspace?.dir ?? null);
  // asked again for another workspace; without one there is nothing to show
  // biome-ignore lint/correctness/useExhaustiveDependencies: dir is the identity of the question
  const load = useCallback(() => call('protocol.readiness', {}), [dir]);
  // a home-screen summary: when it cannot be read, the protocol page says why, so it stays away
  const { data: readiness } = useLiveCall(dir ? load : null, PROTOCOL_EVENTS);
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
