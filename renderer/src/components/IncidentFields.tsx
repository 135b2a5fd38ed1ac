import { useTranslation } from 'react-i18next';
import type { VisibilityByAudience } from '../../../shared/incident/schema';
import { AUDIENCE_LABELS, NATURE_LABELS, VISIBILITY_LABELS } from '../../../shared/matrix/labels';
import { AUDIENCES, NATURES, type Nature, VISIBILITIES } from '../../../shared/model/vocabulary';
import { useLocale } from '../i18n/use-locale';

/** Natures as checkboxes in the handreiking's order; used by the new-incident form and the board. */
export function NaturesField({
  value,
  onChange,
}: {
  value: readonly Nature[];
  onChange(next: Nature[]): void;
}) {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  return (
    <fieldset className="field-group natures-field">
      <legend>{t('form.natures')}</legend>
      {NATURES.map((n) => (
        <label key={n} className="choice" title={NATURE_LABELS[n].full[lang]}>
          <input
            type="checkbox"
            name="nature"
            value={n}
            checked={value.includes(n)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? NATURES.filter((x) => x === n || value.includes(x))
                  : value.filter((x) => x !== n),
              )
            }
          />
          {NATURE_LABELS[n].short[lang]}
        </label>
      ))}
    </fieldset>
  );
}

/** Visibility per audience: three radio buttons each, so arrow keys move between them. */
export function VisibilityField({
  value,
  onChange,
}: {
  value: VisibilityByAudience;
  onChange(next: VisibilityByAudience): void;
}) {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  return (
    <fieldset className="field-group visibility-field">
      <legend>{t('form.visibility')}</legend>
      <table className="visibility-table">
        <tbody>
          {AUDIENCES.map((a) => (
            <tr key={a}>
              <th scope="row">{AUDIENCE_LABELS[a].full[lang]}</th>
              {VISIBILITIES.map((v) => (
                <td key={v}>
                  <label className="choice">
                    <input
                      type="radio"
                      name={`visibility-${a}`}
                      value={v}
                      checked={value[a] === v}
                      aria-label={`${AUDIENCE_LABELS[a].short[lang]}: ${VISIBILITY_LABELS[v].short[lang]}`}
                      onChange={() => onChange({ ...value, [a]: v })}
                    />
                    {VISIBILITY_LABELS[v].short[lang]}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
