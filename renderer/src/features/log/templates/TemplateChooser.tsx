import { useTranslation } from 'react-i18next';
import type { TemplateKey, TemplateSlot } from '../../../../../shared/api/log-api';
import { localeOf, pick } from '../../../../../shared/i18n/locale';
import { ACTIONS } from '../../../../../shared/matrix/actions';
import { AUDIENCE_LABELS } from '../../../../../shared/matrix/labels';
import { AUDIENCES, type Audience } from '../../../../../shared/model/vocabulary';
import { slotId } from './use-templates';

interface Props {
  value: TemplateKey;
  slots: Map<string, TemplateSlot>;
  onChange(key: TemplateKey): void;
}

/**
 * Audience, action and language as three plain selects (keyboard-friendly, no grid to learn).
 * Options whose combination has an organisation template say so in words, not only by a mark.
 */
export function TemplateChooser({ value, slots, onChange }: Props) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const own = (k: TemplateKey) => slots.get(slotId(k))?.organisation != null;
  const mark = (has: boolean) => (has ? ` (✎ ${t('templates.ownMark')})` : '');
  const audienceHasOwn = (a: Audience) => [...slots.values()].some((s) => s.audience === a && s.organisation);
  return (
    <fieldset className="tpl-chooser">
      <legend>{t('templates.chooser')}</legend>
      <label className="field">
        <span>{t('templates.audience')}</span>
        <select
          value={value.audience}
          onChange={(e) => onChange({ ...value, audience: e.target.value as Audience })}
          data-testid="tpl-audience"
        >
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {pick(AUDIENCE_LABELS[a].full, lang)}
              {mark(audienceHasOwn(a))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('templates.action')}</span>
        <select
          value={value.action === null ? '' : String(value.action)}
          onChange={(e) => onChange({ ...value, action: e.target.value ? Number(e.target.value) : null })}
          data-testid="tpl-action"
        >
          {ACTIONS.map((a) => (
            <option key={a.number} value={a.number}>
              {a.number}. {pick(a.label, lang)}
              {mark(own({ ...value, action: a.number }))}
            </option>
          ))}
          <option value="">
            {t('templates.general')}
            {mark(own({ ...value, action: null }))}
          </option>
        </select>
      </label>
      <label className="field">
        <span>{t('templates.language')}</span>
        <select
          value={value.language}
          onChange={(e) => onChange({ ...value, language: localeOf(e.target.value) })}
          data-testid="tpl-language"
        >
          {(['nl', 'en'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`templates.languages.${l}`)}
              {mark(own({ ...value, language: l }))}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
