import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../../shared/model/vocabulary';
import { hrefFor } from '../../app/routes';

interface BoardToolbarProps {
  phase: Phase;
  writable: boolean;
  projectorOpen: boolean;
  onPhase(delta: 1 | -1): void;
  onLog(): void;
  onRegulator(): void;
  onEdit(): void;
  onMedia(): void;
  /** records a media round (issue 16) */
  onMediaRound?(): void;
  /** the protocol's escalation conditions (issue 16) */
  onEscalation?(): void;
  onKnowledge(): void;
  onProjector(): void;
}

/** The operator's buttons; every one has a key too (shown in its label and in the key bar). */
export function BoardToolbar(props: BoardToolbarProps) {
  const { t } = useTranslation('board');
  const { t: m } = useTranslation('media');
  const { t: x } = useTranslation('escalation');
  const index = PHASES.indexOf(props.phase);
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('keys.title')}>
      <button
        type="button"
        className="secondary"
        onClick={() => props.onPhase(-1)}
        disabled={!props.writable || index === 0}
      >
        ← {t('buttons.prevPhase')}
      </button>
      <button
        type="button"
        onClick={() => props.onPhase(1)}
        disabled={!props.writable || index === PHASES.length - 1}
      >
        {t('buttons.nextPhase')} →
      </button>
      <button type="button" className="secondary" onClick={props.onLog} disabled={!props.writable}>
        {t('buttons.log')}
      </button>
      <button type="button" className="secondary" onClick={props.onRegulator} disabled={!props.writable}>
        {t('buttons.regulator')}
      </button>
      <button type="button" className="secondary" onClick={props.onEdit} disabled={!props.writable}>
        {t('buttons.edit')}
      </button>
      <button type="button" className="secondary" onClick={props.onKnowledge}>
        {t('buttons.knowledge')}
      </button>
      <button type="button" className="secondary" onClick={props.onMedia}>
        {t('buttons.media')}
      </button>
      {props.onMediaRound ? (
        <button type="button" className="secondary" onClick={props.onMediaRound} disabled={!props.writable}>
          {m('button')}
        </button>
      ) : null}
      {props.onEscalation ? (
        <button type="button" className="secondary" onClick={props.onEscalation}>
          {x('button')}
        </button>
      ) : null}
      <button
        type="button"
        className="secondary"
        onClick={props.onProjector}
        aria-pressed={props.projectorOpen}
      >
        {props.projectorOpen ? t('buttons.projectorClose') : t('buttons.projectorOpen')}
      </button>
      <a className="board-toolbar__link" href={hrefFor('incidents', 'matrix')}>
        {t('buttons.matrix')}
      </a>
    </div>
  );
}
