import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, session } from 'electron';
import type { AppContext } from '../services/app-context';
import { readAppVersion } from '../services/app-version';
import { startBackend } from '../services/backend';
import { attachRoom } from '../services/room/room-control';
import { RoomController } from '../web/room/room-controller';
import { installAppMenu } from './app-menu';
import { handleAppScheme, registerAppScheme, rendererDirFrom } from './app-protocol';
import { roleOfSender } from './caller-role';
import { registerIpc } from './ipc';
import { saveWithDialog } from './save-dialog';
import { denyAllPermissions } from './security';
import { failStartup } from './startup-failure';
import { createControlWindow, createProjectorWindow } from './windows';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
let controlWindow: BrowserWindow | null = null;
let projectorWindow: BrowserWindow | null = null;
/** set as soon as the back end runs, so a failure later in start-up can still release the lock */
let backend: AppContext | null = null;

// One app per user: a second start focuses the first (the workspace lock covers other machines).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (controlWindow) {
      if (controlWindow.isMinimized()) controlWindow.restore();
      controlWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) =>
      failStartup(error, {
        showErrorBox: (title, content) => dialog.showErrorBox(title, content),
        exit: (code) => app.exit(code),
        cleanup: async () => backend?.close(),
        log: (message, cause) => console.error(message, cause),
      }),
    );
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  handleAppScheme(rendererDirFrom(mainDir));
  installAppMenu();

  const ctx = await startBackend({
    host: 'electron',
    appVersion: readAppVersion(mainDir),
    configDir: app.getPath('userData'),
  });
  backend = ctx;
  ctx.options.hostServices = {
    saveFile: (input) => saveWithDialog(controlWindow, input),
    setProjector: async (open) => {
      if (open && !projectorWindow) {
        projectorWindow = createProjectorWindow(mainDir);
        projectorWindow.on('closed', () => {
          projectorWindow = null;
        });
      } else if (!open && projectorWindow) {
        projectorWindow.close();
      }
      return open;
    },
  };
  // "Crisiskamer openen" in the room panel reaches this through IPC (room.open), like every call
  const room = new RoomController({
    ctx,
    staticDir: rendererDirFrom(mainDir),
    configDir: app.getPath('userData'),
  });
  attachRoom(ctx, room);
  registerIpc(ctx, (sender) => roleOfSender(sender.id, controlWindow?.webContents.id ?? null));
  controlWindow = createControlWindow(mainDir);
  controlWindow.on('closed', () => {
    controlWindow = null;
    projectorWindow?.close();
  });
  // Close journals and release the workspace lock before the process ends, so the next start
  // (here or on another machine sharing the folder) finds the workspace free at once.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    // the room closes with the app: nothing may keep listening on the network after it quits
    void room
      .close('quit')
      .catch((error: unknown) => console.error('[room] close', error))
      .then(() => ctx.close())
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
