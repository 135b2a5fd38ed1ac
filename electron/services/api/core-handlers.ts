import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { appMethods } from '../../../shared/api/app-api';
import { type Role, writes } from '../../../shared/api/roles';
import type { settingsMethods } from '../../../shared/api/settings-api';
import type { WorkspaceStatus, workspaceMethods } from '../../../shared/api/workspace-api';
import { AppError } from '../../../shared/errors/app-error';
import type { HostServices } from '../app-context';
import type { DocumentSpec } from '../storage/document-spec';
import type { HandlerMap } from './handler-types';

type CoreMethod = keyof typeof appMethods | keyof typeof settingsMethods | keyof typeof workspaceMethods;

export const coreHandlers: HandlerMap<CoreMethod> = {
  'app.info': async (_input, ctx) => ({
    name: 'Ketenbord',
    version: ctx.options.appVersion,
    host: ctx.options.host,
    platform: process.platform,
  }),

  'host.saveFile': async (input, ctx) => {
    const host = requireHost(ctx.options.hostServices);
    return host.saveFile({
      suggestedName: input.suggestedName,
      mime: input.mime,
      data: Buffer.from(input.base64, 'base64'),
    });
  },
  'host.projector': async (input, ctx) => ({
    open: await requireHost(ctx.options.hostServices).setProjector(input.open),
  }),
  'host.projectorLink': async (_input, _ctx, caller) => {
    if (!caller.projectorUrl) {
      throw new AppError('host.unsupported', {
        nl: 'Een projectielink is er alleen in de browserversie; de desktop-app opent een eigen venster.',
        en: 'A projector link exists only in the browser version; the desktop app opens a window of its own.',
      });
    }
    return { url: caller.projectorUrl() };
  },

  'settings.get': async (_input, ctx) => ctx.settings.data,
  'settings.update': async (patch, ctx) => {
    const next = await ctx.settings.update((s) => ({ ...s, ...patch }));
    ctx.events.emit('settings.changed', {});
    return next;
  },

  'workspace.status': async (_input, ctx, caller) => asSeenBy(ctx.status(), caller.role),
  'workspace.open': async (input, ctx) => ctx.openWorkspace(input.dir, { create: input.create }),

  'workspace.backups': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    const dir = session.resolve(path.join('backups', backupFolderName(input.document)));
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    return {
      backups: names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .reverse()
        .map((name) => ({ name, savedAt: stampToIso(name) })),
    };
  },

  'workspace.restoreBackup': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    session.assertWritable();
    const spec = restorableDocuments.get(
      input.document.replace(/^incidents\/[^/]+\.json$/, 'incidents/*.json'),
    );
    if (!spec) {
      throw new AppError('backup.unknownDocument', {
        nl: `Voor ${input.document} kan geen reservekopie worden teruggezet.`,
        en: `No backup can be restored for ${input.document}.`,
      });
    }
    const store = await session.document(spec, input.document);
    const backupFile = session.resolve(path.join('backups', backupFolderName(input.document), input.backup));
    await store.restoreFrom(backupFile);
    const fileName = session.resolve(input.document);
    session.problems.splice(
      0,
      session.problems.length,
      ...session.problems.filter((p) => p.file !== fileName),
    );
    ctx.events.emit('workspace.changed', {});
    ctx.events.emit('protocol.changed', {});
    ctx.events.emit('incidents.changed', {});
    return ctx.status();
  },
};

/**
 * A screen that may not write (a viewer or projector in the room) sees the workspace as read-only,
 * with the reason, so every page shows its read-only state instead of buttons that would be refused.
 * Colleagues in the room do not need the holder's list of recent folders.
 */
function asSeenBy(status: WorkspaceStatus, role: Role): WorkspaceStatus {
  if (role === 'operator') return status;
  const own = writes(role)
    ? {}
    : {
        readOnly: true,
        readOnlyReason: status.readOnlyReason ?? {
          nl: 'U kijkt mee in de crisiskamer: lezen kan, schrijven niet.',
          en: 'You are following the crisis room: you can read, not write.',
        },
      };
  return { ...status, ...own, recent: [] };
}

function requireHost(host: HostServices | undefined): HostServices {
  if (!host) {
    throw new AppError('host.unsupported', {
      nl: 'Dit kan alleen in de desktop-app.',
      en: 'This is only possible in the desktop app.',
    });
  }
  return host;
}

/** Document specs by workspace path; features add theirs so their files can be restored too. */
export const restorableDocuments = new Map<string, DocumentSpec<unknown>>();

function backupFolderName(document: string): string {
  return document.replace(/[\\/]/g, '__').replace(/\.json$/, '');
}

/** backups are named after their ISO time with ':' and '.' made safe for every file system */
function stampToIso(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : '';
}
