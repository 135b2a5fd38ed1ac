import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/external-urls';

describe('isSafeExternalUrl: only https, mailto and tel reach the operating system', () => {
  it.each([
    'https://www.ncsc.nl/',
    'https://autoriteitpersoonsgegevens.nl/nl/zelf-doen/datalek-melden',
    'mailto:crisisteam@dur.example?subject=OEFENING%20storing&body=Beste%20collega',
    'mailto:',
    'tel:+31612345678',
    'tel:06-12345678',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.ncsc.nl/', // not encrypted
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/',
    'https://user:secret@example.com/',
    'https://localhost/',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://intranet/',
    'tel:+31 6 1234 5678; rm -rf',
    'mailto:not-an-address',
    'app://ketenbord/index.html',
    '',
    'not a url',
    `https://example.com/${'a'.repeat(9000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
