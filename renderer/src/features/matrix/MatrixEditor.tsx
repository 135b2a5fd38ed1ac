import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixInfo } from '../../../../shared/api/incident-api';
import { matrixDiff } from '../../../../shared/matrix/diff';
import { AUDIENCE_LABELS, NATURE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import type { MatrixCells } from '../../../../shared/matrix/schema';
import {
  AUDIENCES,
  type Audience,
  NATURES,
  type Nature,
  PHASES,
  type Phase,
} from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { hrefFor } from '../../app/routes';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { LoadState } from '../../components/LoadState';
import { useSeeded } from '../../hooks/use-seeded';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';
import { formatCell, parseCell } from './cell-text';
import './matrix.css';
import { useLocale } from '../../i18n/use-locale';

type Texts = Record<string, string>;
const key = (a: Audience, p: Phase, n: Nature) => `${a}.${p}.${n}`;

const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;
const seedTexts = (info: MatrixInfo) => toTexts(info.cells);

function toTexts(cells: MatrixCells): Texts {
  const texts: Texts = {};
  for (const a of AUDIENCES)
    for (const p of PHASES) for (const n of NATURES) texts[key(a, p, n)] = formatCell(cells[a][p][n]);
  return texts;
}

/** Builds cells from the typed texts; null while any cell is not a valid list. */
function toCells(texts: Texts, base: MatrixCells): MatrixCells | null {
  const cells = structuredClone(base);
  for (const a of AUDIENCES)
    for (const p of PHASES)
      for (const n of NATURES) {
        const parsed = parseCell(texts[key(a, p, n)] ?? '');
        if (!parsed) return null;
        cells[a][p][n] = parsed;
      }
  return cells;
}

/**
 * The organisation's matrix: per audience a grid of phases × natures with the action numbers.
 * Cells that differ from CIP 2020 are marked and show the CIP value, so the difference is never
 * invisible; "Back to CIP" throws all changes away.
 */
export function MatrixEditor() {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? false);
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const query = useLiveCall(
    useCallback(() => call('matrix.get', {}), []),
    PROTOCOL_EVENTS,
  );
  // the typed texts are seeded once; another window's save never overwrites them unasked
  const form = useSeeded<MatrixInfo, Texts>(query.data, seedTexts);
  const info = form.base;
  const texts = form.value ?? {};

  const cells = useMemo(() => (info ? toCells(texts, info.cip) : null), [texts, info]);
  const diff = useMemo(() => (info && cells ? matrixDiff(cells, info.cip) : []), [cells, info]);
  const differs = new Set(diff.map((d) => key(d.audience, d.phase, d.nature)));
  if (!info) {
    return (
      <section aria-labelledby="page-title" className="matrix-editor">
        <p>
          <a href={hrefFor('incidents')}>← {t('matrix.back')}</a>
        </p>
        <h1 id="page-title">{t('matrix.title')}</h1>
        <LoadState query={query} />
      </section>
    );
  }

  const save = (next: MatrixCells | null) =>
    run(async () => {
      form.adopt(await call('matrix.update', { cells: next }));
      setMessage(t('matrix.saved'));
    });

  return (
    <section aria-labelledby="page-title" className="matrix-editor">
      <p>
        <a href={hrefFor('incidents')}>← {t('matrix.back')}</a>
      </p>
      <h1 id="page-title">{t('matrix.title')}</h1>
      <p className="lead">{t('matrix.intro')}</p>
      <LoadState query={query} />
      <p className="matrix-editor__status" role="status" data-testid="matrix-status">
        {diff.length === 0 ? t('matrix.isCip') : t('matrix.differs', { count: diff.length })}
      </p>
      <div className="matrix-editor__buttons">
        <button type="button" disabled={busy || readOnly || !cells} onClick={() => void save(cells)}>
          {t('matrix.save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || readOnly}
          onClick={() => {
            if (window.confirm(t('matrix.confirmReset'))) void save(null);
          }}
        >
          {t('matrix.reset')}
        </button>
        {message ? <span role="status">{message}</span> : null}
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
        {!cells ? <span className="field-error">{t('matrix.invalid')}</span> : null}
        {/* in the bar that stays in view: the cell being edited may be far below the page's top */}
        {form.changedElsewhere ? <ChangedElsewhere onReload={form.reload} /> : null}
      </div>
      <p className="muted">{t('matrix.legend')}</p>
      {AUDIENCES.map((a) => (
        <section key={a} className="matrix-audience" aria-labelledby={`matrix-${a}`}>
          <h2 id={`matrix-${a}`}>{AUDIENCE_LABELS[a].full[lang]}</h2>
          <table className="matrix-table">
            <thead>
              <tr>
                <th scope="col" />
                {NATURES.map((n) => (
                  <th key={n} scope="col" title={NATURE_LABELS[n].full[lang]}>
                    {NATURE_LABELS[n].short[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PHASES.map((p) => (
                <tr key={p}>
                  <th scope="row">{PHASE_LABELS[p].short[lang]}</th>
                  {NATURES.map((n) => {
                    const k = key(a, p, n);
                    const changed = differs.has(k);
                    const invalid = parseCell(texts[k] ?? '') === null;
                    return (
                      <td key={n} className={changed ? 'matrix-cell--changed' : undefined}>
                        <input
                          value={texts[k] ?? ''}
                          onChange={(e) => {
                            const typed = e.target.value;
                            form.set((all) => ({ ...all, [k]: typed }));
                          }}
                          aria-label={t('matrix.cellLabel', {
                            audience: AUDIENCE_LABELS[a].short[lang],
                            phase: PHASE_LABELS[p].short[lang],
                            nature: NATURE_LABELS[n].short[lang],
                          })}
                          aria-invalid={invalid ? true : undefined}
                          readOnly={readOnly}
                          inputMode="numeric"
                          data-cell={k}
                        />
                        {changed ? (
                          <span className="matrix-cell__cip">
                            {t('matrix.cipWas', {
                              actions: formatCell(info.cip[a][p][n]) || t('matrix.empty'),
                            })}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
