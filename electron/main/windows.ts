import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { rendererUrl } from './app-protocol';
import { guardWebContents } from './security';

const preloadPath = (mainDir: string) => path.join(mainDir, '..', 'preload', 'index.cjs');

function secureWindow(mainDir: string, options: Electron.BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    backgroundColor: '#0b0f14',
    show: false,
    webPreferences: {
      preload: preloadPath(mainDir),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // middle-click opens links in new windows by a path that skips will-navigate (Electronegativity AUXCLICK)
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  return window;
}

export function createControlWindow(mainDir: string): BrowserWindow {
  const window = secureWindow(mainDir, {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Ketenbord',
  });
  void window.loadURL(rendererUrl());
  return window;
}

/** The board for the projector: on another display when there is one, full screen, no controls. */
export function createProjectorWindow(mainDir: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const target = other ?? primary;
  const window = secureWindow(mainDir, {
    x: target.bounds.x,
    y: target.bounds.y,
    width: target.bounds.width,
    height: target.bounds.height,
    fullscreen: other !== undefined,
    title: 'Ketenbord — projectie',
    autoHideMenuBar: true,
  });
  void window.loadURL(rendererUrl('#/projector'));
  return window;
}
