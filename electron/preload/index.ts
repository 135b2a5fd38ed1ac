import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { isMethodName } from '../../shared/api/contract';
import { isEventName } from '../../shared/api/events';

/**
 * The one narrow object the page sees (window.ketenbord). Only contract methods and events pass;
 * the page never touches ipcRenderer itself.
 */
const bridge = {
  host: 'electron' as const,
  invoke(method: string, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) return Promise.reject(new Error(`Unknown method ${method}`));
    return ipcRenderer.invoke('api:invoke', method, input);
  },
  subscribe(event: string, callback: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event ${event}`);
    const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on('api:event', listener);
    return () => ipcRenderer.removeListener('api:event', listener);
  },
};

contextBridge.exposeInMainWorld('ketenbord', bridge);
