import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogFilterInput, LogRow, PhaseRun } from '../../../../shared/api/log-api';
import { call, on } from '../../api/client';

export const PAGE_SIZE = 200;
/** Pages kept around the screen; the rest are dropped and fetched again when scrolled back to. */
const MAX_PAGES = 24;

export interface LogMeta {
  total: number;
  count: number;
  phaseRuns: PhaseRun[];
  facets: { authors: string[]; channels: string[] };
}

export interface LogPages {
  meta: LogMeta | null;
  error: unknown;
  /** the row at a position in the filtered list, or undefined while its page loads */
  rowAt(position: number): LogRow | undefined;
  /** asks for the pages that cover these positions (the list calls it with what is on screen) */
  ensureRange(first: number, last: number): void;
  refresh(): void;
}

/**
 * The log in pages of 200, fetched when they scroll into view: the renderer never holds more
 * than what was looked at, so 100,000 entries cost little memory. A new entry anywhere (this
 * window, another window, the board) reloads the pages on screen.
 */
export function useLogPages(incidentId: string | null, filter: LogFilterInput): LogPages {
  const [meta, setMeta] = useState<LogMeta | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, LogRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  const filterKey = JSON.stringify(filter);

  const load = useCallback(
    async (page: number, gen: number): Promise<void> => {
      if (!incidentId) return;
      loading.current.add(page);
      try {
        const result = await call('log.list', {
          incidentId,
          filter: JSON.parse(filterKey) as LogFilterInput,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        });
        if (gen !== generation.current) return;
        pages.current.set(page, result.rows);
        evictFarPages(pages.current, Math.floor(visible.current[0] / PAGE_SIZE));
        setMeta({
          total: result.total,
          count: result.count,
          phaseRuns: result.phaseRuns,
          facets: result.facets,
        });
        setError(null);
        setTick((n) => n + 1);
      } catch (e) {
        if (gen === generation.current) setError(e);
      } finally {
        loading.current.delete(page);
      }
    },
    [incidentId, filterKey],
  );

  /** Reload: the pages on screen first, the rest of the cache is dropped once they are in. */
  const reload = useCallback(
    (keepOld: boolean) => {
      const gen = ++generation.current;
      loading.current.clear();
      if (!keepOld) {
        pages.current.clear();
        setMeta(null);
      }
      const [first, last] = visible.current;
      const wanted = new Set([0, Math.floor(first / PAGE_SIZE), Math.floor(last / PAGE_SIZE)]);
      const old = pages.current;
      pages.current = new Map(keepOld ? old : []);
      void Promise.all([...wanted].map((p) => load(p, gen))).then(() => {
        if (gen !== generation.current) return;
        // drop stale pages that were not reloaded; they are fetched again when scrolled to
        for (const p of [...pages.current.keys()]) if (!wanted.has(p)) pages.current.delete(p);
        setTick((n) => n + 1);
      });
    },
    [load],
  );

  useEffect(() => {
    visible.current = [0, 0];
    reload(false);
  }, [reload]);

  useEffect(() => {
    if (!incidentId) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = on('log.appended', (payload) => {
      if (payload.incidentId !== incidentId) return;
      // a burst of entries (an import, a fast typist) becomes one reload
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => reload(true), 120);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [incidentId, reload]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last];
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
        if (!pages.current.has(p) && !loading.current.has(p)) void load(p, generation.current);
      }
    },
    [load],
  );

  const rowAt = useCallback((position: number) => {
    return pages.current.get(Math.floor(position / PAGE_SIZE))?.[position % PAGE_SIZE];
  }, []);

  return { meta, error, rowAt, ensureRange, refresh: () => reload(true) };
}

/** Keeps memory flat however far the operator scrolls: the pages farthest from the screen go first. */
function evictFarPages(pages: Map<number, unknown>, around: number): void {
  if (pages.size <= MAX_PAGES) return;
  const far = [...pages.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
  for (const p of far.slice(0, pages.size - MAX_PAGES)) pages.delete(p);
}
