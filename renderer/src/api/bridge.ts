/** What the Electron preload exposes as window.ketenbord (absent in the browser host). */
export interface ElectronBridge {
  host: 'electron';
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    ketenbord?: ElectronBridge;
  }
}

export function electronBridge(): ElectronBridge | null {
  return typeof window !== 'undefined' && window.ketenbord ? window.ketenbord : null;
}
