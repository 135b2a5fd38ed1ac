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
    'mailto:a@dur.example,b@keten.example?subject=Update&body=Tekst%0D%0Aregel%202',
    'https://www.ncsc.nl./', // a fully qualified name with its root dot is still that site
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
    // look-alikes of the machine itself
    'https://localhost./',
    'https://LOCALHOST/',
    'https://app.localhost./',
    'https://0x7f.1/',
    'https://2130706433/',
    // mail programs that honour attach= or from= can be made to send local files
    'mailto:?attach=/etc/passwd',
    'mailto:crisisteam@dur.example?attach=~/.ssh/id_rsa',
    'mailto:crisisteam@dur.example?Attachment=C:%5Cdata.xlsx',
    'mailto:a@dur.example,not-an-address',
    // broken percent escapes must be refused, not thrown
    'tel:%E0%A4%A',
    'mailto:%E0%A4%A@dur.example',
    'tel:%ZZ',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
