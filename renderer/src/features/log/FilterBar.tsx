import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogFilterInput } from '../../../../shared/api/log-api';
import { LOG_KINDS } from '../../../../shared/api/log-api';
import { pick } from '../../../../shared/i18n/locale';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { ACTION_NUMBERS, AUDIENCES, PHASES } from '../../../../shared/model/vocabulary';

interface Props {
  filter: LogFilterInput;
  onChange(filter: LogFilterInput): void;
  facets: { authors: string[]; channels: string[] };
  grouped: boolean;
  onGrouped(grouped: boolean): void;
}

const one = <T,>(values: readonly T[] | undefined): T | '' => values?.[0] ?? '';

/**
 * One choice per facet keeps the bar readable on a projector; the API takes lists, so more can
 * come later without changing the back end. Free text waits for a pause in typing.
 */
export function FilterBar({ filter, onChange, facets, grouped, onGrouped }: Props) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const [text, setText] = useState(filter.text ?? '');

  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const timer = setTimeout(() => onChange({ ...filter, text: text || undefined }), 200);
    return () => clearTimeout(timer);
  }, [text, filter, onChange]);

  const set = <K extends keyof LogFilterInput>(key: K, value: LogFilterInput[K] | undefined) =>
    onChange({ ...filter, [key]: value });
  const action = filter.actions?.[0];

  return (
    <fieldset className="log-filters">
      <legend className="visually-hidden">{t('filters.title')}</legend>
      <label className="log-filters__text">
        <span>{t('filters.text')}</span>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        <span>{t('filters.kind')}</span>
        <select
          value={one(filter.kinds)}
          onChange={(e) =>
            set('kinds', e.target.value ? [e.target.value as (typeof LOG_KINDS)[number]] : undefined)
          }
        >
          <option value="">{t('filters.any')}</option>
          {LOG_KINDS.map((k) => (
            <option key={k} value={k}>
              {pick(LOG_KIND_LABELS[k], lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.audience')}</span>
        <select
          value={one(filter.audiences)}
          onChange={(e) =>
            set('audiences', e.target.value ? [e.target.value as (typeof AUDIENCES)[number]] : undefined)
          }
        >
          <option value="">{t('filters.any')}</option>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {pick(AUDIENCE_LABELS[a].short, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.action')}</span>
        <select
          value={action === undefined ? '' : action === null ? 'none' : String(action)}
          onChange={(e) => {
            const v = e.target.value;
            set('actions', v === '' ? undefined : [v === 'none' ? null : Number(v)]);
          }}
        >
          <option value="">{t('filters.any')}</option>
          {ACTION_NUMBERS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          <option value="none">{t('filters.noAction')}</option>
        </select>
      </label>
      <label>
        <span>{t('filters.channel')}</span>
        <select
          value={one(filter.channels)}
          onChange={(e) => set('channels', e.target.value ? [e.target.value] : undefined)}
        >
          <option value="">{t('filters.any')}</option>
          {facets.channels.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.author')}</span>
        <select
          value={one(filter.authors)}
          onChange={(e) => set('authors', e.target.value ? [e.target.value] : undefined)}
        >
          <option value="">{t('filters.any')}</option>
          {facets.authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.phase')}</span>
        <select
          value={one(filter.phases)}
          onChange={(e) =>
            set('phases', e.target.value ? [e.target.value as (typeof PHASES)[number]] : undefined)
          }
        >
          <option value="">{t('filters.any')}</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {pick(PHASE_LABELS[p].short, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="choice log-filters__group">
        <input type="checkbox" checked={grouped} onChange={(e) => onGrouped(e.target.checked)} />
        {t('filters.groupByPhase')}
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setText('');
          onChange({});
        }}
      >
        {t('filters.clear')}
      </button>
    </fieldset>
  );
}
