import { useTranslation } from 'react-i18next';
import { Banner } from './Banner';

/**
 * Shown above a form whose saved data changed while it had unsaved edits: the edits stay, and the
 * user decides whether to take the new version (a refetch never decides that for them).
 */
export function ChangedElsewhere({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="changed-elsewhere">
      <Banner tone="warning" title={t('data.changedElsewhere')} role="alert">
        <button type="button" className="secondary" onClick={onReload}>
          {t('data.reloadDiscard')}
        </button>
      </Banner>
    </div>
  );
}
