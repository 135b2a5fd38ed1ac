import { call } from '../../api/client';

/**
 * The projector: Electron opens its second window (which the user can drag to the beamer); the
 * browser host opens its projector link (/board with a projector token, so the back end knows it
 * is a projector) in a named tab, so pressing P again reuses it instead of stacking tabs.
 */
export async function setProjector(open: boolean, host: 'electron' | 'web' | undefined): Promise<boolean> {
  if (host === 'electron') return (await call('host.projector', { open })).open;
  if (open) {
    const { url } = await call('host.projectorLink', {});
    window.open(url, 'ketenbord-board');
    return true;
  }
  return false;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}
