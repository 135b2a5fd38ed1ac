import { BrowserWindow, type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/channels';
import { HEARTBEAT_INTERVAL_MS, heartbeatPayload } from '../../shared/api/events';
import type { Role } from '../../shared/api/roles';
import { dispatch } from '../services/api/dispatch';
import type { AppContext } from '../services/app-context';
import { isAppUrl } from './app-protocol';

/**
 * The IPC side of the one API: a single channel carries every contract method. Calls from any
 * frame that is not our own app:// page (an iframe, a navigated page) are refused before dispatch.
 * `roleOf` says which role the sending window has (the projector window is a projector), and
 * dispatch checks that role against the one table.
 */
export function registerIpc(ctx: AppContext, roleOf: (sender: WebContents) => Role): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return {
        ok: false,
        error: {
          code: 'api.forbiddenFrame',
          nl: 'Niet toegestaan vanuit dit venster.',
          en: 'Not allowed from this frame.',
        },
      };
    }
    return dispatch(ctx, typeof method === 'string' ? method : '', input, { role: roleOf(event.sender) });
  });

  const toAllWindows = (name: string, payload: unknown) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  };
  ctx.events.subscribe(toAllWindows);
  // the same heartbeat as the browser host's event stream: a hung main process shows as stale
  setInterval(() => toAllWindows('host.heartbeat', heartbeatPayload()), HEARTBEAT_INTERVAL_MS).unref();
}
