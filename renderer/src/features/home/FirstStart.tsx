import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolState } from '../../../../shared/api/protocol-api';
import type { CommonTexts } from '../../../../shared/i18n/nl/common';
import type { Gap } from '../../../../shared/protocol/readiness';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { hrefFor, navigate } from '../../app/routes';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';
import { routeFor } from '../protocol/editor/targets';
import './home.css';

const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;

/** An empty protocol: nothing of its own yet, so the three ways in are the first thing to show. */
function isEmpty(p: ProtocolState['protocol']): boolean {
  return (
    p.people.length === 0 &&
    p.systems.length === 0 &&
    p.organisation.name === '' &&
    p.escalationConditions.length === 0
  );
}

/** A first step with its own line in the catalogue (`common:home.firstSteps.*`). */
type EssentialStep = Exclude<keyof CommonTexts['home']['firstSteps'], 'heading' | 'intro' | 'done'>;

/** The essentials of the readiness check, in the order a new team would do them. */
const ESSENTIALS: { key: EssentialStep; matches(gap: Gap): boolean }[] = [
  { key: 'organisation', matches: (g) => g.id === 'organisation:name' },
  { key: 'systems', matches: (g) => g.id === 'systems:none' },
  { key: 'chainPartners', matches: (g) => g.id === 'stakeholders:no-chain-partner' },
  { key: 'crisisTeam', matches: (g) => g.target.section === 'crisisTeam' },
  { key: 'endResponsibles', matches: (g) => g.target.section === 'endResponsibles' },
  { key: 'channels', matches: (g) => g.target.section === 'channels' },
  { key: 'escalation', matches: (g) => g.id === 'escalation:none' },
  { key: 'exercise', matches: (g) => g.id === 'exercise:nextExercise' },
];

/**
 * The home screen's start for a workspace (issue 14): three doors while the protocol is empty
 * (import the Word protocol, load the demo, start empty), then "eerste stappen": the essentials
 * the readiness check still misses, each a link to the field that fixes it.
 */
export function FirstStart() {
  const { t } = useTranslation();
  const dir = useAppStore((s) => s.workspace?.dir ?? null);
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: dir is the identity of the question
  const load = useCallback(() => call('protocol.get', {}), [dir]);
  const query = useLiveCall(dir ? load : null, PROTOCOL_EVENTS);
  const state = query.data;
  const { busy, error, run } = useSubmit();
  if (!dir || !state) return null;

  const loadDemo = () =>
    run(async () => {
      await call('protocol.loadSample', { confirm: true });
      navigate('protocol', 'organisation');
    });

  const steps = ESSENTIALS.map((e) => ({ key: e.key, gap: state.readiness.gaps.find(e.matches) ?? null }));
  const open = steps.filter((s) => s.gap !== null).length;

  return (
    <>
      {isEmpty(state.protocol) ? (
        <section className="home-doors" aria-labelledby="home-doors-title" data-testid="first-start">
          <h2 id="home-doors-title">{t('home.firstStart.heading')}</h2>
          <p>{t('home.firstStart.intro')}</p>
          <ul className="home-door-list">
            <li className="home-door">
              <h3>{t('home.firstStart.importTitle')}</h3>
              <p>{t('home.firstStart.importBody')}</p>
              <a className="button" href={hrefFor('protocol', 'import')}>
                {t('home.firstStart.importTitle')}
              </a>
            </li>
            <li className="home-door">
              <h3>{t('home.firstStart.sampleTitle')}</h3>
              <p>{t('home.firstStart.sampleBody')}</p>
              <button
                type="button"
                className="secondary"
                disabled={busy || readOnly}
                onClick={() => void loadDemo()}
              >
                {busy ? t('home.firstStart.loading') : t('home.firstStart.sampleButton')}
              </button>
            </li>
            <li className="home-door">
              <h3>{t('home.firstStart.emptyTitle')}</h3>
              <p>{t('home.firstStart.emptyBody')}</p>
              <a className="button secondary" href={hrefFor('protocol', 'organisation', '_', 'name')}>
                {t('home.firstStart.emptyTitle')}
              </a>
            </li>
          </ul>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </section>
      ) : null}
      {open > 0 ? (
        <section className="home-steps" aria-labelledby="home-steps-title" data-testid="first-steps">
          <h2 id="home-steps-title">{t('home.firstSteps.heading')}</h2>
          <p className="muted">{t('home.firstSteps.intro')}</p>
          <ol className="home-step-list">
            {steps.map(({ key, gap }) => (
              <li key={key} className={gap ? undefined : 'home-step--done'}>
                {gap ? (
                  <a href={hrefFor('protocol', ...routeFor(gap.target))}>{t(`home.firstSteps.${key}`)}</a>
                ) : (
                  <>
                    {t(`home.firstSteps.${key}`)} <span className="muted">✓ {t('home.firstSteps.done')}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
