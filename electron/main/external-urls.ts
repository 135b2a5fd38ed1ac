/**
 * The only URLs the app hands to the operating system (shell.openExternal): web pages over https,
 * e-mail drafts and phone calls. Parsed, never pattern-matched, so `javascript:`, `file:`,
 * `smb:` and look-alikes are refused. Pure, so it is unit-tested without Electron. Never throws:
 * a URL that cannot be read (a broken percent escape, a lone surrogate) is simply refused.
 */
const MAX_URL_LENGTH = 8192;
/** What a mail draft may carry; `attach`, `from` and friends ask some mail programs to attach local files. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);

export function isSafeExternalUrl(raw: string): boolean {
  try {
    return check(raw);
  } catch {
    return false;
  }
}

function check(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  const url = URL.parse(raw);
  if (url === null) return false;
  switch (url.protocol) {
    case 'https:':
      // credentials in a link are a phishing trick, and a bare IP or localhost is never a vetted site
      return url.username === '' && url.password === '' && isPublicName(url.hostname);
    case 'mailto:':
      return isMailDraft(url);
    case 'tel:':
      return /^\+?[0-9()\-.\s]{3,32}$/.test(decodeURIComponent(url.pathname));
    default:
      return false;
  }
}

function isMailDraft(url: URL): boolean {
  const addresses = decodeURIComponent(url.pathname);
  // RFC 6068: several addresses separated by commas (the log's drafts address a whole group)
  if (addresses !== '' && !addresses.split(',').every((a) => /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(a))) {
    return false;
  }
  for (const key of url.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return false;
  }
  return true;
}

/** A dotted DNS name that is not the machine itself; a trailing root dot ("localhost.") changes nothing. */
function isPublicName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.')) return false;
  if (name === 'localhost' || name.endsWith('.localhost')) return false;
  if (/^[\d.]+$/.test(name) || name.startsWith('[')) return false; // IPv4 (also short forms) and IPv6
  return true;
}
