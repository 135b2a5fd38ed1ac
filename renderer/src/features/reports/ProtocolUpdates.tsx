import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/i18n/locale';

interface Gap {
  id: string;
  severity: 'error' | 'warning';
  message: { nl: string; en: string };
}

interface Props {
  updates: { what: string; gapIds: string[] }[];
  gaps: Gap[];
  readOnly: boolean;
  onChange(updates: { what: string; gapIds: string[] }[]): void;
}

/** What must change in the protocol, each item tied to gaps of the readiness check. */
export function ProtocolUpdates({ updates, gaps, readOnly, onChange }: Props) {
  const { t, i18n } = useTranslation('report');
  const lang = localeOf(i18n.language);
  const set = (i: number, next: { what: string; gapIds: string[] }) =>
    onChange(updates.map((u, j) => (j === i ? next : u)));
  return (
    <div className="reports-updates">
      {updates.map((u, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited by position
        <fieldset key={i} className="reports-rows">
          <legend>
            {t('evaluation.protocolUpdates')} {i + 1}
          </legend>
          <label className="field">
            <span>{t('evaluation.what')}</span>
            <input
              value={u.what}
              readOnly={readOnly}
              maxLength={1000}
              onChange={(e) => set(i, { ...u, what: e.target.value })}
            />
          </label>
          {gaps.length > 0 ? (
            <fieldset className="reports-gaps">
              <legend>{t('evaluation.gaps')}</legend>
              {gaps.map((g) => (
                <label key={g.id} className="choice">
                  <input
                    type="checkbox"
                    disabled={readOnly}
                    checked={u.gapIds.includes(g.id)}
                    onChange={(e) =>
                      set(i, {
                        ...u,
                        gapIds: e.target.checked ? [...u.gapIds, g.id] : u.gapIds.filter((id) => id !== g.id),
                      })
                    }
                  />
                  <span className={g.severity === 'error' ? 'field-error' : undefined}>
                    {g.message[lang]}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <button
            type="button"
            className="secondary"
            disabled={readOnly}
            onClick={() => onChange(updates.filter((_, j) => j !== i))}
          >
            {t('evaluation.remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        disabled={readOnly}
        onClick={() => onChange([...updates, { what: '', gapIds: [] }])}
      >
        {t('evaluation.add')}: {t('evaluation.protocolUpdates').toLowerCase()}
      </button>
    </div>
  );
}
