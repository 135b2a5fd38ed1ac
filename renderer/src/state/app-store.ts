import i18next from 'i18next';
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/app-api';
import type { ParticipantRole } from '../../../shared/api/room-api';
import type { WorkspaceStatus } from '../../../shared/api/workspace-api';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import { ApiError, call, on } from '../api/client';

const AUTHOR_KEY = 'ketenbord.author';

interface Participant {
  name: string;
  role: ParticipantRole;
}

interface AppState {
  info: AppInfo | null;
  settings: Settings | null;
  workspace: WorkspaceStatus | null;
  /** set when the back end cannot be reached at all */
  fatal: ApiError | null;
  /** in the room (issue 15): who this browser joined as; null on the operator's own screens */
  participant: Participant | null;
  /** the person at the keyboard; chosen once per session, shown with every log entry */
  author: string;
  load(): Promise<void>;
  refreshWorkspace(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<void>;
  setAuthor(name: string): void;
}

/**
 * Local settings changes in flight and made so far. An event-triggered refetch must not overwrite
 * a choice the user just made here (it would flip a radio back while its own save is on its way).
 */
let pendingLocalUpdates = 0;
let localUpdateCount = 0;

function readAuthor(): string {
  try {
    return sessionStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  settings: null,
  workspace: null,
  fatal: null,
  participant: null,
  author: readAuthor(),

  async load() {
    try {
      const [info, settings, workspace] = await Promise.all([
        call('app.info', {}),
        call('settings.get', {}),
        call('workspace.status', {}),
      ]);
      // null outside the room; a failure here must not keep the app from starting
      const participant = await call('room.me', {}).catch(() => null);
      applySettings(settings);
      // in the room the author is the name given at joining (the back end enforces it anyway)
      set({
        info,
        settings,
        workspace,
        fatal: null,
        participant,
        ...(participant ? { author: participant.name } : {}),
      });
    } catch (error) {
      set({
        fatal: error instanceof ApiError ? error : new ApiError('internal', String(error), String(error)),
      });
    }
  },

  async refreshWorkspace() {
    set({ workspace: await call('workspace.status', {}) });
  },

  async updateSettings(patch) {
    // show the choice at once (a radio that lags feels broken); undo it if saving fails
    const before = get().settings;
    pendingLocalUpdates += 1;
    localUpdateCount += 1;
    const mine = localUpdateCount;
    if (before) {
      const optimistic = { ...before, ...patch };
      applySettings(optimistic);
      set({ settings: optimistic });
    }
    try {
      const settings = await call('settings.update', patch);
      // an older save answering late must not undo a newer choice already on screen
      if (mine === localUpdateCount) {
        applySettings(settings);
        set({ settings });
      }
    } catch (error) {
      if (before) {
        applySettings(before);
        set({ settings: before });
      }
      throw error;
    } finally {
      pendingLocalUpdates -= 1;
    }
  },

  setAuthor(name) {
    try {
      sessionStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // private mode: keep it in memory only
    }
    set({ author: name });
  },
}));

/** Language and theme take effect on the whole document at once. */
function applySettings(settings: Settings): void {
  if (i18next.language !== settings.language) void i18next.changeLanguage(settings.language);
  document.documentElement.lang = settings.language;
  document.documentElement.dataset.theme = settings.theme;
  document.documentElement.style.setProperty('--board-scale', String(settings.boardScale));
}

/** Keep every window and tab in step: a setting changed in one shows in all. */
export function subscribeAppEvents(): () => void {
  const offs = [
    on('settings.changed', () => {
      if (pendingLocalUpdates > 0) return; // our own save answers with the newest settings
      const seen = localUpdateCount;
      void call('settings.get', {}).then((settings) => {
        if (pendingLocalUpdates > 0 || seen !== localUpdateCount) return;
        applySettings(settings);
        useAppStore.setState({ settings });
      });
    }),
    on('workspace.changed', () => void useAppStore.getState().refreshWorkspace()),
  ];
  return () => {
    for (const off of offs) off();
  };
}
