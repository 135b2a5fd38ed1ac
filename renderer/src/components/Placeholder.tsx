import { useTranslation } from 'react-i18next';

/** A section that a later feature fills; it still has its heading so navigation can be tested. */
export function Placeholder({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="muted">{t('placeholder')}</p>
    </section>
  );
}
