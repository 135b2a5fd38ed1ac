import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/channels';
import { isListedEvent, isListedMethod } from '../../shared/api/names';

/**
 * The one narrow object the page sees (window.ketenbord). Only contract methods and events pass;
 * the page never touches ipcRenderer itself. The names come from a generated list, not from the
 * contract, so this script stays a few kilobytes (the contract's schemas are checked in main).
 */
const bridge = {
  host: 'electron' as const,
  invoke(method: string, input: unknown): Promise<unknown> {
    if (!isListedMethod(method)) return Promise.reject(new Error(`Unknown method ${method}`));
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  subscribe(event: string, callback: (payload: unknown) => void): () => void {
    if (!isListedEvent(event)) throw new Error(`Unknown event ${event}`);
    const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
};

contextBridge.exposeInMainWorld('ketenbord', bridge);
