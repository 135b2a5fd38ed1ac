import { useTranslation } from 'react-i18next';
import type { LogFilterInput } from '../../../../shared/api/log-api';
import { byLocale, localeOf } from '../../../../shared/i18n/locale';
import { call } from '../../api/client';
import { saveBytes } from '../../api/save-file';

export interface LogStatus {
  text: string;
  tone: 'ok' | 'error';
}

interface Options {
  incidentId: string | null;
  /** null: the whole log */
  filter: LogFilterInput | null;
  host: Parameters<typeof saveBytes>[3];
  onStatus(status: LogStatus): void;
  onError(error: unknown): void;
}

/**
 * The two tools beside the filters: the CSV export (in the reader's language, following the
 * filters) and the check of the hash chain.
 */
export function useLogTools({ incidentId, filter, host, onStatus, onError }: Options) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;

  async function exportCsv() {
    if (!incidentId) return;
    try {
      const result = await call('log.exportCsv', {
        incidentId,
        ...(filter ? { filter } : {}),
        language: localeOf(lang),
      });
      await saveBytes(result.fileName, 'text/csv;charset=utf-8', new TextEncoder().encode(result.csv), host);
      onStatus({ text: t('actions.exported', { rows: result.rows, file: result.fileName }), tone: 'ok' });
    } catch (error) {
      onError(error);
    }
  }

  async function verify() {
    if (!incidentId) return;
    try {
      const r = await call('log.verify', { incidentId });
      onStatus(
        r.ok
          ? { text: t('actions.verifyOk', { count: r.count, hash: r.headHash }), tone: 'ok' }
          : {
              text: t('actions.verifyBroken', {
                line: r.firstBreak?.line,
                reason: byLocale(lang, { nl: r.firstBreak?.reason, en: r.firstBreak?.reasonEn }),
              }),
              tone: 'error',
            },
      );
    } catch (error) {
      onError(error);
    }
  }

  return { exportCsv, verify };
}
