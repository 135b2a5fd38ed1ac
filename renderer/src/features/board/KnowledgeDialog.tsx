import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_TYPE_LABELS } from '../../../../shared/log/labels';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import type { KnowledgeRow } from '../../../../shared/verdicts/who-knows';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { timeOnly } from '../../components/format';
import { ExcludeForm } from './ExcludeForm';
import { useWhoKnows } from './use-who-knows';
import './knowledge.css';
import type { Locale } from '../../../../shared/i18n/locale';
import { useLocale } from '../../i18n/use-locale';

interface KnowledgeDialogProps {
  incidentId: string;
  author: string;
  /** false on a read-only workspace or a closed incident: nothing can be excluded */
  writable: boolean;
  onClose(): void;
}

function rowName(row: KnowledgeRow, lang: Locale): string {
  return row.kind === 'audience' && row.audience ? AUDIENCE_LABELS[row.audience].full[lang] : row.name;
}

/**
 * "Who knows what": the question a crisis chair asks most. Per audience and per organisation in
 * the protocol: whether it can see the incident, what it heard from us (which action, when, from
 * whom, through which channel), the last contact either way, and what it has not heard yet.
 */
export function KnowledgeDialog({ incidentId, author, writable, onClose }: KnowledgeDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { rows, error } = useWhoKnows(incidentId);
  const [excluding, setExcluding] = useState<KnowledgeRow | null>(null);
  const others = rows?.filter((r) => r.audience === null) ?? [];
  const grouped = rows?.filter((r) => r.audience !== null) ?? [];

  const toldText = (row: KnowledgeRow) =>
    row.told.length === 0
      ? t('knowledge.nothingYet')
      : row.told
          .map((i) =>
            i.kind === 'regulatorNotification' && i.notificationType
              ? t('knowledge.regulatorItem', {
                  type: NOTIFICATION_TYPE_LABELS[i.notificationType][lang],
                  time: timeOnly(i.at),
                  by: i.by,
                  summary: i.summary,
                })
              : i.action === null
                ? t('knowledge.freeItem', { time: timeOnly(i.at), by: i.by, channel: i.channel })
                : t('knowledge.toldItem', {
                    action: i.action,
                    phase: PHASE_LABELS[i.phase].short[lang],
                    time: timeOnly(i.at),
                    by: i.by,
                    channel: i.channel,
                  }),
          )
          .join('; ');
  const gapText = (row: KnowledgeRow) =>
    row.excluded
      ? t('knowledge.excluded')
      : row.gaps.length === 0
        ? t('knowledge.nothingMissing')
        : row.gaps
            .map((g) =>
              t('knowledge.gapItem', {
                action: g.action,
                phase: PHASE_LABELS[g.phase].short[lang],
                status: t(`status.${g.status}`),
              }),
            )
            .join('; ');

  const line = (row: KnowledgeRow) => (
    <tr key={`${row.kind}|${row.id}`} className={`knowledge-row knowledge-row--${row.kind}`} data-id={row.id}>
      <th scope="row">{rowName(row, lang)}</th>
      <td>{row.visibility ? t(`visibility.${row.visibility}`) : '–'}</td>
      <td>{toldText(row)}</td>
      <td>{row.lastContact ? timeOnly(row.lastContact) : '–'}</td>
      <td className={row.gaps.length > 0 && !row.excluded ? 'knowledge-gap' : undefined}>
        {gapText(row)}
        {writable && row.kind === 'organisation' && row.audience && !row.excluded ? (
          <button type="button" className="secondary knowledge-exclude" onClick={() => setExcluding(row)}>
            {t('knowledge.exclude')}
          </button>
        ) : null}
      </td>
    </tr>
  );

  return (
    <Dialog title={t('knowledge.title')} onClose={onClose} className="board-dialog knowledge-dialog">
      <p className="muted">{t('knowledge.intro')}</p>
      <FormError message={error ? error.text(lang) : null} />
      {!rows && !error ? <p>{t('knowledge.loading')}</p> : null}
      {excluding ? (
        <ExcludeForm
          incidentId={incidentId}
          author={author}
          row={excluding}
          onDone={() => setExcluding(null)}
          onCancel={() => setExcluding(null)}
        />
      ) : null}
      {rows ? (
        <div className="knowledge-scroll">
          <table className="knowledge-table">
            <thead>
              <tr>
                <th scope="col">{t('knowledge.who')}</th>
                <th scope="col">{t('knowledge.sees')}</th>
                <th scope="col">{t('knowledge.told')}</th>
                <th scope="col">{t('knowledge.lastContact')}</th>
                <th scope="col">{t('knowledge.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {grouped.map(line)}
              {others.length > 0 ? (
                <tr className="knowledge-row--group">
                  <th scope="rowgroup" colSpan={5}>
                    {t('knowledge.other')}
                  </th>
                </tr>
              ) : null}
              {others.map(line)}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={onClose}>
          {t('media.close')}
        </button>
      </div>
    </Dialog>
  );
}
