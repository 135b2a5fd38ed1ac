import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The standard menu, built from Electron's roles only. Without an application menu macOS has no
 * copy and paste shortcuts at all, and no platform has zoom; the roles bring the platform's own
 * labels and shortcuts. Deliberately absent: reload and the developer tools (a reload mid-incident
 * loses nothing, but it is not a button the crisis room needs).
 */
export function installAppMenu(platform: NodeJS.Platform = process.platform): void {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
