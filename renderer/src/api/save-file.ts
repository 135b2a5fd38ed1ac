import { call } from './client';

/**
 * Hands a generated file to the user: a save dialog in the desktop app, a download in the browser.
 */
export async function saveBytes(
  name: string,
  mime: string,
  bytes: Uint8Array,
  host: 'electron' | 'web',
): Promise<void> {
  if (host === 'electron') {
    await call('host.saveFile', { suggestedName: name, mime, base64: toBase64(bytes) });
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
