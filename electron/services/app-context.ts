import os from 'node:os';
import path from 'node:path';
import type { Host } from '../../shared/api/app-api';
import type { WorkspaceStatus } from '../../shared/api/workspace-api';
import { AppError, isAppError } from '../../shared/errors/app-error';
import { MAX_RECENT_WORKSPACES, type Settings } from '../../shared/settings/schema';
import { EventBus } from './events/event-bus';
import { settingsDocument } from './settings/settings-document';
import { DocumentStore } from './storage/document-store';
import { storageError } from './storage/fs-errors';
import { WorkspaceSession } from './workspace/workspace-session';

export interface AppContextOptions {
  host: Host;
  appVersion: string;
  /** where per-user settings live (Electron: userData; browser host: ~/.config/ketenbord or --config) */
  configDir: string;
  /** the workspace to open at start; defaults to the last one used, then to defaultWorkspaceDir() */
  workspaceDir?: string;
  /** what only a desktop window can do; absent in the browser host */
  hostServices?: HostServices;
}

export interface HostServices {
  saveFile(input: {
    suggestedName: string;
    mime: string;
    data: Buffer;
  }): Promise<{ saved: boolean; path: string | null }>;
  setProjector(open: boolean): Promise<boolean>;
}

/** Runs after a workspace opens, e.g. to open protocol.json at once so its problems show up. */
export type WorkspaceInitialiser = (session: WorkspaceSession) => Promise<void>;

/** The default workspace: a folder in the user's documents, as people expect of a desktop app. */
export function defaultWorkspaceDir(): string {
  return path.join(os.homedir(), 'Documents', 'Ketenbord');
}

/**
 * Everything the back end holds while it runs: settings, the open workspace, the event bus.
 * Both hosts (Electron main and the browser host) make exactly one of these.
 */
export class AppContext {
  readonly events = new EventBus();
  private session: WorkspaceSession | null = null;
  private openError: { nl: string; en: string } | null = null;
  private static readonly initialisers: WorkspaceInitialiser[] = [];

  private constructor(
    readonly options: AppContextOptions,
    readonly settings: DocumentStore<Settings>,
  ) {}

  /** Features register what must happen when a workspace opens (module-level, before start). */
  static onWorkspaceOpen(initialiser: WorkspaceInitialiser): void {
    AppContext.initialisers.push(initialiser);
  }

  static async start(options: AppContextOptions): Promise<AppContext> {
    const settings = await DocumentStore.open(
      settingsDocument,
      path.join(options.configDir, 'settings.json'),
      {
        readOnly: false,
        backupDir: path.join(options.configDir, 'backups'),
        keepBackups: 5,
      },
    );
    const ctx = new AppContext(options, settings);
    const dir = options.workspaceDir ?? settings.data.recentWorkspaces[0]?.dir ?? defaultWorkspaceDir();
    await ctx.openWorkspace(dir, { create: true }).catch(() => undefined);
    return ctx;
  }

  get workspace(): WorkspaceSession | null {
    return this.session;
  }

  requireWorkspace(): WorkspaceSession {
    if (!this.session) {
      throw new AppError('workspace.none', {
        nl: 'Er is geen werkmap geopend. Kies eerst een werkmap bij Instellingen.',
        en: 'No workspace is open. Choose a workspace in Settings first.',
      });
    }
    return this.session;
  }

  async openWorkspace(dir: string, options: { create: boolean }): Promise<WorkspaceStatus> {
    const absolute = path.resolve(dir);
    try {
      const next = await WorkspaceSession.open(absolute, options);
      // the moment another copy takes the lock, every window must show that nothing is saved any more
      next.onLockLost(() => this.events.emit('workspace.changed', {}));
      try {
        for (const init of AppContext.initialisers) await init(next);
      } catch (error) {
        await next.close();
        throw error;
      }
      await this.session?.close();
      this.session = next;
      this.openError = null;
      // failing to remember the recent list must not undo a workspace that opened fine
      await this.rememberRecent(absolute).catch((error: unknown) =>
        console.error('[settings] recent list', error),
      );
    } catch (error) {
      // never a raw errno in front of the user: a file-system failure is said in words
      const plain = isAppError(error)
        ? error
        : storageError(
            error,
            { nl: 'De werkmap openen', en: 'Opening the workspace' },
            {
              nl: 'Kies een andere werkmap of probeer het opnieuw.',
              en: 'Choose another workspace or try again.',
            },
          );
      this.openError = { nl: plain.nl, en: plain.en };
      this.events.emit('workspace.changed', {});
      throw error;
    }
    this.events.emit('workspace.changed', {});
    return this.status();
  }

  status(): WorkspaceStatus {
    const s = this.session;
    return {
      dir: s?.dir ?? null,
      readOnly: s?.readOnly ?? true,
      readOnlyReason: s?.readOnlyReason() ?? null,
      problems: (s?.problems ?? []).map((p) => ({
        document: path
          .relative(s?.dir ?? '', p.file)
          .split(path.sep)
          .join('/'),
        movedTo: path.basename(p.movedTo),
        newestGoodBackup: p.newestGoodBackup ? path.basename(p.newestGoodBackup) : null,
        message: p.message,
      })),
      error: this.openError,
      recent: this.settings.data.recentWorkspaces,
      defaultDir: defaultWorkspaceDir(),
    };
  }

  async close(): Promise<void> {
    await this.session?.close();
    this.session = null;
  }

  private async rememberRecent(dir: string): Promise<void> {
    await this.settings.update((s) => {
      s.recentWorkspaces = [
        { dir, openedAt: new Date().toISOString() },
        ...s.recentWorkspaces.filter((r) => r.dir !== dir),
      ].slice(0, MAX_RECENT_WORKSPACES);
      return s;
    });
  }
}
