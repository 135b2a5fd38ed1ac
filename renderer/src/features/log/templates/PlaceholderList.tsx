import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS } from '../../../../../shared/log/templates';

/** The names drafting fills in, each with what it becomes, so nobody has to guess the spelling. */
export function PlaceholderList() {
  const { t } = useTranslation('log');
  return (
    <section className="tpl-box" aria-labelledby="tpl-placeholders">
      <h2 id="tpl-placeholders">{t('templates.placeholdersTitle')}</h2>
      <p className="muted">{t('templates.placeholdersIntro')}</p>
      <dl className="tpl-placeholders">
        {PLACEHOLDERS.map((p) => (
          <div key={p}>
            <dt>
              <code>{`{${p}}`}</code>
            </dt>
            <dd>{t(`templates.placeholders.${p}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
