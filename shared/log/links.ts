/**
 * Links that hand a drafted message to the user's own mail client or phone; Ketenbord itself never
 * sends anything (issue 5).
 */

/**
 * mailto: URL after RFC 6068: addresses separated by commas, subject and body percent-encoded
 * (spaces as %20, never '+', which mail clients would show literally) and line breaks as %0D%0A.
 */
export function mailtoUrl(to: readonly string[], subject: string, body: string): string {
  const addresses = to
    .map((a) => a.trim())
    .filter((a) => a !== '')
    // '@' may stay literal and some clients mishandle %40; everything else that could end the
    // address part (',', '?', '&', '#', spaces) is encoded.
    .map((a) => encodeURIComponent(a).replace(/%40/g, '@'))
    .join(',');
  const params: string[] = [];
  if (subject !== '') params.push(`subject=${encodeURIComponent(subject)}`);
  if (body !== '') params.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${addresses}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/**
 * tel: URL after RFC 3966 from a number as people write it ("06-12 34 56 78", "+31 (0)70 123 4567",
 * "0031 70 ..."). Returns null when there is nothing diallable in it, so the UI can hide the link.
 */
export function telUrl(number: string): string | null {
  let n = number.trim();
  // "+31 (0)70": the "(0)" is dialled only from inside the country; with the +31 it must go.
  n = n.replace(/^\+(\d+)\s*\(0\)/, '+$1');
  const international = n.startsWith('+') || n.startsWith('00');
  const digits = n.replace(/\D/g, '');
  const core = n.startsWith('00') ? digits.slice(2) : digits;
  if (core.length < 3 || /[^\d\s\-().+/]/.test(n)) return null;
  return `tel:${international ? '+' : ''}${core}`;
}
