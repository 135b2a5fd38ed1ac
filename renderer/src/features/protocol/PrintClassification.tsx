import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../shared/report/model';

/** The levels the print and call-list exports accept, the default (the list holds private numbers) first. */
const LEVELS = ['vertrouwelijk', 'intern', 'none'] as const satisfies readonly Classification[];

/**
 * The printed protocol's classification, chosen beside its language: every page of the print and
 * the call list's file name carry it. VERTROUWELIJK unless the user picks another level.
 */
export function usePrintClassification(): { value: Classification; select: ReactNode } {
  const { t } = useTranslation('protocol');
  const [value, setValue] = useState<Classification>('vertrouwelijk');
  const select = (
    <label className="field pe-field" htmlFor="pe-print-classification">
      <span>{t('data.classification')}</span>
      <select
        id="pe-print-classification"
        value={value}
        onChange={(e) => setValue(LEVELS.find((level) => level === e.target.value) ?? 'vertrouwelijk')}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`data.classifications.${level}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return { value, select };
}
