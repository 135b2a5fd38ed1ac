import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogFilterInput, UserLogBody } from '../../../../shared/api/log-api';
import { ApiError, call } from '../../api/client';
import { hrefFor, useRoute } from '../../app/routes';
import { Banner } from '../../components/Banner';
import { useAppStore } from '../../state/app-store';
import { AuthorBar, AuthorPrompt } from './AuthorPrompt';
import { problemText } from './api-problem';
import { CorrectionForm } from './CorrectionForm';
import { DraftPanel } from './DraftPanel';
import { FilterBar } from './FilterBar';
import { KindDialogs } from './KindDialogs';
import { LogList } from './LogList';
import { LogToolbar } from './LogToolbar';
import { MessageForm } from './MessageForm';
import type { OpenDialog } from './open-dialog';
import { QuickEntry } from './QuickEntry';
import { type QuickKind, quickBody } from './quick-kinds';
import { replyPrefill } from './reply-prefill';
import { TemplatesPage } from './templates/TemplatesPage';
import { useLogContext } from './use-log-context';
import { useLogPages } from './use-log-pages';
import { useLogTools } from './use-log-tools';
import './log.css';
import './log-followups.css';
import './log-laptop.css';

/** Filters start open where there is height to spare; on a laptop the entries come first. */
function roomForFilters(): boolean {
  return typeof window === 'undefined' || window.matchMedia('(min-height: 801px)').matches;
}

/** #/log is the journal; #/log/templates the editor of the organisation's drafting templates. */
export function LogPage() {
  const route = useRoute();
  return route.rest[0] === 'templates' ? <TemplatesPage /> : <LogJournalPage />;
}

/** The communication log of one incident: read, filter, add, correct, draft, export. */
function LogJournalPage() {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const author = useAppStore((s) => s.author);
  const host = useAppStore((s) => s.info?.host ?? 'web');
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? false);
  const context = useLogContext();
  const [filter, setFilter] = useState<LogFilterInput>({});
  const [grouped, setGrouped] = useState(true);
  const [filtersOpen, setFiltersOpen] = useState(roomForFilters);
  const [open, setOpen] = useState<OpenDialog>(null);
  const [askAuthor, setAskAuthor] = useState<{ next?: (name: string) => void } | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const pages = useLogPages(context.incidentId, filter);
  const incident = context.incidents?.find((i) => i.id === context.incidentId) ?? null;
  const isExercise = incident?.isExercise ?? false;
  // the log of an incident whose file cannot be read is shown, but nothing can be added to it
  const canWrite = !readOnly && incident !== null;
  const filtered = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));

  const report = useCallback(
    (error: unknown) => setStatus({ text: problemText(error, lang, t), tone: 'error' }),
    [lang, t],
  );

  /** Every entry needs a name: ask once when there is none, then carry on with what was asked. */
  function withAuthor(action: (name: string) => void) {
    if (author.trim()) action(author);
    else setAskAuthor({ next: action });
  }

  async function append(body: UserLogBody, name: string, occurredAt?: string): Promise<number | null> {
    if (!context.incidentId) return null;
    try {
      const entry = await call('log.append', {
        incidentId: context.incidentId,
        body,
        author: name,
        ...(occurredAt ? { occurredAt } : {}),
      });
      setStatus({ text: t('quick.logged', { seq: entry.seq }), tone: 'ok' });
      return entry.seq;
    } catch (error) {
      report(error);
      return null;
    }
  }

  /** Without a name the text stays in the bar and the name is asked; Enter again logs it. */
  async function quickLog(kind: QuickKind, summary: string): Promise<number | null> {
    if (!author.trim()) {
      setAskAuthor({});
      return null;
    }
    return append(quickBody(kind, summary), author);
  }

  const tools = useLogTools({
    incidentId: context.incidentId,
    filter: filtered ? filter : null,
    host,
    onStatus: setStatus,
    onError: report,
  });

  const header = (
    <div className="log-header">
      <h1 id="page-title">{t('title')}</h1>
      {context.incidents && context.incidents.length + context.unreadable.length > 0 ? (
        <label className="log-header__incident">
          <span>{t('incident')}</span>
          <select value={context.incidentId ?? ''} onChange={(e) => context.select(e.target.value)}>
            {context.incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {i.isExercise ? `${t('exercise')} · ` : ''}
                {i.title}
                {i.status === 'closed' ? ` (${t('closed')})` : ''}
              </option>
            ))}
            {context.unreadable.map((u) => (
              <option key={u.id} value={u.id}>
                {t('unreadableOption', { id: u.id })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {incident?.isExercise ? <span className="log-exercise">{t('exercise')}</span> : null}
      <a href={hrefFor('log', 'templates')} className="log-header__templates">
        {t('templates.open')}
      </a>
      {context.incidentId ? <AuthorBar onChange={() => setAskAuthor({})} /> : null}
    </div>
  );

  if (context.incidents && context.incidents.length === 0 && context.unreadable.length === 0) {
    return (
      <section aria-labelledby="page-title" className="log-page">
        {header}
        <p className="lead">{t('noIncidents')}</p>
      </section>
    );
  }

  const meta = pages.meta;
  // the protocol's channels first, then any typed earlier in this incident
  const channels = [...new Set([...context.channels, ...(meta?.facets.channels ?? [])])];
  return (
    <section aria-labelledby="page-title" className="log-page">
      {header}
      {context.error || pages.error ? (
        <Banner tone="danger" role="alert" title={t('title')}>
          {errorText(context.error ?? pages.error, lang)}
        </Banner>
      ) : null}
      <LogToolbar
        canWrite={canWrite}
        hasIncident={Boolean(context.incidentId)}
        isExercise={isExercise}
        onNew={(dialog) => withAuthor(() => setOpen(dialog))}
        onDraft={() => setOpen({ dialog: 'draft' })}
      />
      {status ? (
        <p
          className={`log-status log-status--${status.tone}`}
          role={status.tone === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      ) : null}
      <div className="log-filter-row">
        {/* folded on a laptop so the log itself gets the height; the summary says when a filter is set */}
        <details
          className="log-filters-fold"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary>
            {t('filters.title')}
            {filtered ? ` (${t('filters.active')})` : ''}
          </summary>
          <FilterBar
            filter={filter}
            onChange={setFilter}
            facets={meta?.facets ?? { authors: [], channels: [] }}
            grouped={grouped}
            onGrouped={setGrouped}
          />
        </details>
        <div className="log-filter-row__tools">
          <button
            type="button"
            className="secondary"
            disabled={!context.incidentId}
            onClick={() => void tools.exportCsv()}
          >
            {filtered ? t('actions.exportFiltered') : t('actions.exportCsv')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!context.incidentId}
            onClick={() => void tools.verify()}
          >
            {t('actions.verify')}
          </button>
          <span className="log-filters__count" aria-live="polite" data-testid="log-count">
            {meta
              ? filtered
                ? t('counts', { total: meta.total, count: meta.count })
                : t('countsAll', { count: meta.count })
              : t('loading')}
          </span>
        </div>
      </div>
      <LogList
        pages={pages}
        grouped={grouped}
        onCorrect={(row) => withAuthor(() => setOpen({ dialog: 'correct', row }))}
        onAnswered={(row) => withAuthor(() => setOpen({ dialog: 'answered', row }))}
        onReply={(row) => withAuthor(() => setOpen({ dialog: 'message', prefill: replyPrefill(row) }))}
      />
      <QuickEntry disabled={!canWrite} isExercise={isExercise} onLog={quickLog} />

      <KindDialogs
        open={open}
        incidentId={context.incidentId}
        isExercise={isExercise}
        channels={channels}
        append={async (body, occurredAt) => (await append(body, author, occurredAt)) !== null}
        onClose={() => setOpen(null)}
      />

      {open?.dialog === 'message' ? (
        <MessageForm
          author={author}
          contacts={context.contacts}
          channels={channels}
          prefill={open.prefill}
          onClose={() => setOpen(null)}
          onSave={async ({ occurredAt, ...message }) =>
            (await append({ kind: 'messageSent', ...message }, author, occurredAt)) !== null
          }
        />
      ) : null}
      {open?.dialog === 'correct' ? (
        <CorrectionForm
          row={open.row}
          onClose={() => setOpen(null)}
          onSave={async (seq, changes, reason) =>
            (await append({ kind: 'correction', corrects: seq, changes, reason }, author)) !== null
          }
        />
      ) : null}
      {open?.dialog === 'draft' && context.incidentId ? (
        <DraftPanel
          incidentId={context.incidentId}
          contacts={context.contacts}
          onClose={() => setOpen(null)}
          onLogAfter={(prefill) => withAuthor(() => setOpen({ dialog: 'message', prefill }))}
        />
      ) : null}
      {askAuthor ? (
        <AuthorPrompt
          onCancel={() => setAskAuthor(null)}
          onDone={(name) => {
            const next = askAuthor.next;
            setAskAuthor(null);
            next?.(name);
          }}
        />
      ) : null}
    </section>
  );
}

function errorText(error: unknown, lang: string): string {
  return error instanceof ApiError ? error.text(lang) : String(error);
}
