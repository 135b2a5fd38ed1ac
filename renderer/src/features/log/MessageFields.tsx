import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../../shared/i18n/locale';
import { ACTIONS } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES, type Audience } from '../../../../shared/model/vocabulary';
import { RequiredError } from './FormButtons';

/** Who a message is for and which action of the matrix it carries out (none: a free message). */
export function AudienceActionFields({
  audience,
  action,
  onAudience,
  onAction,
}: {
  audience: Audience;
  action: number | null;
  onAudience(audience: Audience): void;
  onAction(action: number | null): void;
}) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  return (
    <>
      <label className="field">
        <span>{t('message.audience')}</span>
        <select value={audience} onChange={(e) => onAudience(e.target.value as Audience)}>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {pick(AUDIENCE_LABELS[a].full, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('message.action')}</span>
        <select
          value={action === null ? '' : String(action)}
          onChange={(e) => onAction(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t('message.noAction')}</option>
          {ACTIONS.map((a) => (
            <option key={a.number} value={a.number}>
              {a.number}. {pick(a.label, lang)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The channel a message went through or came in by, with the channels used before as suggestions. */
export function ChannelField({
  value,
  onChange,
  channels,
  invalid,
}: {
  value: string;
  onChange(value: string): void;
  channels: string[];
  invalid: boolean;
}) {
  const { t } = useTranslation('log');
  const id = useId();
  return (
    <label className="field">
      <span>{t('message.channel')}</span>
      <input
        value={value}
        onChange={(e) => onChange(e.target.value)}
        list={`${id}-channels`}
        aria-invalid={invalid}
        maxLength={80}
      />
      <datalist id={`${id}-channels`}>
        {channels.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <RequiredError show={invalid} />
    </label>
  );
}

/** A message's summary (required) and, if there is one, its full text. */
export function MessageTextFields({
  summary,
  onSummary,
  fullText,
  onFullText,
  fullTextRows,
  invalid,
}: {
  summary: string;
  onSummary(value: string): void;
  fullText: string;
  onFullText(value: string): void;
  fullTextRows: number;
  /** the summary is empty and the user tried to save */
  invalid: boolean;
}) {
  const { t } = useTranslation('log');
  return (
    <>
      <label className="field">
        <span>{t('message.summary')}</span>
        <textarea
          rows={2}
          value={summary}
          onChange={(e) => onSummary(e.target.value)}
          aria-invalid={invalid}
          maxLength={2000}
        />
        <RequiredError show={invalid} />
      </label>
      <label className="field">
        <span>{t('message.fullText')}</span>
        <textarea
          rows={fullTextRows}
          value={fullText}
          onChange={(e) => onFullText(e.target.value)}
          maxLength={50_000}
        />
      </label>
    </>
  );
}
