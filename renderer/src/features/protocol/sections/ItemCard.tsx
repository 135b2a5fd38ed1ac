import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One entry of a list (a system, a partner, a role) with its own heading and a remove button. */
export function ItemCard({
  id,
  title,
  onRemove,
  children,
  level = 3,
  confirmText,
}: {
  id: string;
  title: string;
  onRemove?: () => void;
  /** the question asked before removing; defaults to "Remove ‘name’?" */
  confirmText?: string;
  children: ReactNode;
  level?: 3 | 4;
}) {
  const { t } = useTranslation('protocol');
  const Heading = level === 3 ? 'h3' : 'h4';
  const headingId = `${id}-title`;
  return (
    <section className="pe-card" id={id} aria-labelledby={headingId}>
      <div className="pe-card__head">
        <Heading id={headingId}>{title || t('common.unnamed')}</Heading>
        {onRemove ? (
          <button
            type="button"
            className="secondary pe-small"
            aria-label={`${t('common.remove')}: ${title || t('common.unnamed')}`}
            onClick={() => {
              const question =
                confirmText ?? t('common.removeConfirm', { name: title || t('common.unnamed') });
              if (window.confirm(question)) onRemove();
            }}
          >
            {t('common.remove')}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** A section heading with its short explanation. */
export function SectionIntro({ id, heading, intro }: { id: string; heading: string; intro: string }) {
  return (
    <>
      <h2 id={id}>{heading}</h2>
      <p className="muted pe-intro">{intro}</p>
    </>
  );
}
