import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, ProtocolState } from '../../../../../shared/api/protocol-api';
import { pick } from '../../../../../shared/i18n/locale';
import { checkReadiness } from '../../../../../shared/protocol/readiness';
import type { Protocol } from '../../../../../shared/protocol/schema';
import { ApiError, call, on } from '../../../api/client';
import { createDraftWriter, readDraft } from './draft-storage';
import { issuesByField, validateDraft } from './validate';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string };

const same = (a: Protocol, b: Protocol) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The editor's state: the stored protocol, the user's draft of it, and what is wrong with the draft.
 * Saving is explicit (button or Ctrl+S); until then the draft is kept in the workspace
 * (draft-storage.ts).
 */
export function useProtocolEditor(workspaceDir: string | null, language: string) {
  const [state, setState] = useState<ProtocolState | null>(null);
  const [draft, setDraft] = useState<Protocol | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [remoteChanged, setRemoteChanged] = useState(false);
  const baseRef = useRef<ProtocolState | null>(null);
  const draftRef = useRef<Protocol | null>(null);
  draftRef.current = draft;
  const [writer] = useState(() =>
    createDraftWriter(() => {
      // a draft that could not be kept is not lost: it is still on screen and the save bar says unsaved
    }),
  );
  // leaving the editor or the page sends a draft that is still waiting for the one before it
  useEffect(() => {
    const flush = () => writer.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [writer]);

  const dirty = draft !== null && state !== null && !same(draft, state.protocol);
  const errorText = useCallback(
    (e: unknown) => (e instanceof ApiError ? e.text(language) : String(e)),
    [language],
  );

  /** Take a stored state as the new base; `keepDraft` keeps the user's edits on top of it. */
  const adopt = useCallback((next: ProtocolState, keepDraft: Protocol | null = null) => {
    baseRef.current = next;
    setState(next);
    setDraft(keepDraft ?? next.protocol);
    setRemoteChanged(false);
  }, []);

  const load = useCallback(async () => {
    if (!workspaceDir) return;
    try {
      const next = await call('protocol.get', {});
      const stored = await readDraft(workspaceDir);
      if (stored) writer.markStored();
      if (stored && !same(stored.protocol, next.protocol)) {
        adopt(next, stored.protocol);
        setRestoredAt(stored.savedAt);
        // the draft was made from an older version: saving it must ask before overwriting
        if (stored.baseRevision !== next.revision) setRemoteChanged(true);
        baseRef.current = { ...next, revision: stored.baseRevision };
      } else {
        if (stored) writer.clear();
        adopt(next);
      }
      setLoadError(null);
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, [workspaceDir, adopt, errorText, writer]);

  useEffect(() => {
    void load();
  }, [load]);

  // Another window, an import or the demo changed the stored protocol.
  useEffect(
    () =>
      on('protocol.changed', () => {
        void call('protocol.get', {}).then((next) => {
          const base = baseRef.current;
          if (base && next.revision === base.revision) {
            setState(next);
            baseRef.current = next;
            return;
          }
          const current = draftRef.current;
          if (current && base && !same(current, base.protocol)) setRemoteChanged(true);
          else adopt(next);
        });
      }),
    [adopt],
  );

  // Every edit is kept in the workspace until it is saved or thrown away.
  useEffect(() => {
    if (!workspaceDir || !draft || !state) return;
    if (dirty) writer.write(baseRef.current?.revision ?? state.revision, draft);
    else writer.clear();
  }, [workspaceDir, draft, state, dirty, writer]);

  const update = useCallback((change: (p: Protocol) => void) => {
    setDraft((current) => {
      if (!current) return current;
      const next = structuredClone(current);
      change(next);
      return next;
    });
    setServerIssues([]);
  }, []);

  const touch = useCallback((id: string) => {
    setTouched((t) => (t.has(id) ? t : new Set(t).add(id)));
  }, []);

  const save = useCallback(
    async (overwrite = false) => {
      const current = draftRef.current;
      const base = baseRef.current;
      if (!current || !base) return;
      setShowAll(true);
      setStatus({ kind: 'saving' });
      // a draft write still waiting must not land after the save removed the draft
      writer.cancel();
      try {
        const result = await call('protocol.save', {
          protocol: current,
          baseRevision: overwrite ? null : base.revision,
        });
        if (result.saved) {
          adopt(result.state);
          // the back end removed the stored draft with the save
          writer.cancel();
          setShowAll(false);
          setTouched(new Set());
          setRestoredAt(null);
          setStatus({ kind: 'saved', at: new Date() });
          return;
        }
        setServerIssues(result.issues);
        const message = pick(result.message, language);
        setStatus(
          result.reason === 'conflict' ? { kind: 'conflict', message } : { kind: 'invalid', message },
        );
      } catch (error) {
        setStatus({ kind: 'error', message: errorText(error) });
      }
    },
    [adopt, language, errorText, writer],
  );

  const discard = useCallback(async () => {
    writer.cancel();
    await call('protocol.draft.discard', {}).catch(() => undefined);
    setRestoredAt(null);
    setShowAll(false);
    setTouched(new Set());
    setStatus({ kind: 'idle' });
    await load();
  }, [writer, load]);

  /** The stored protocol was replaced as a whole (import, demo): the draft goes, the new base comes. */
  const replaceWith = useCallback(
    (next: ProtocolState) => {
      writer.cancel();
      void call('protocol.draft.discard', {}).catch(() => undefined);
      setRestoredAt(null);
      setShowAll(false);
      setTouched(new Set());
      setServerIssues([]);
      setStatus({ kind: 'idle' });
      adopt(next);
    },
    [writer, adopt],
  );

  const deferred = useDeferredValue(draft);
  const { t } = useTranslation('protocol');
  const clientIssues = useMemo(
    () => (deferred ? validateDraft(deferred, language, t) : []),
    [deferred, language, t],
  );
  const issues = useMemo(
    () => (deferred ? issuesByField(deferred, [...clientIssues, ...serverIssues], language) : new Map()),
    [deferred, clientIssues, serverIssues, language],
  );
  const readiness = useMemo(() => (deferred ? checkReadiness(deferred, new Date()) : null), [deferred]);

  return {
    state,
    draft,
    dirty,
    loadError,
    issues,
    touched,
    showAll,
    status,
    restoredAt,
    remoteChanged,
    readiness,
    update,
    touch,
    save,
    discard,
    adopt,
    replaceWith,
    reload: load,
  };
}

export type ProtocolEditor = ReturnType<typeof useProtocolEditor>;
