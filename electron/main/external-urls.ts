/**
 * The only URLs the app hands to the operating system (shell.openExternal): web pages over https,
 * e-mail drafts and phone calls. Parsed, never pattern-matched, so `javascript:`, `file:`,
 * `smb:` and look-alikes are refused. Pure, so it is unit-tested without Electron.
 */
const MAX_URL_LENGTH = 8192;

export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case 'https:':
      // credentials in a link are a phishing trick, and a bare IP or localhost is never a vetted site
      return (
        url.username === '' && url.password === '' && url.hostname.includes('.') && !isLocalHost(url.hostname)
      );
    case 'mailto:':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+/.test(decodeURIComponent(url.pathname)) || url.pathname === '';
    case 'tel:':
      return /^\+?[0-9()\-.\s]{3,32}$/.test(decodeURIComponent(url.pathname));
    default:
      return false;
  }
}

function isLocalHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^\d+\.\d+\.\d+\.\d+$/.test(hostname) ||
    hostname.startsWith('[')
  );
}
