import { describe, expect, it } from 'vitest';
import { outsideAsar } from '../../../electron/services/export/outside-asar';

describe('outsideAsar: native code gets the unpacked copy of a packaged file', () => {
  it('points a path inside app.asar at app.asar.unpacked (POSIX and Windows)', () => {
    expect(
      outsideAsar(
        '/opt/Ketenbord/resources/app.asar/node_modules/pdfmake/build/fonts/Roboto/Roboto-Regular.ttf',
      ),
    ).toBe(
      '/opt/Ketenbord/resources/app.asar.unpacked/node_modules/pdfmake/build/fonts/Roboto/Roboto-Regular.ttf',
    );
    expect(
      outsideAsar('C:\\Program Files\\Ketenbord\\resources\\app.asar\\resources\\fonts\\DejaVuSans.ttf'),
    ).toBe('C:\\Program Files\\Ketenbord\\resources\\app.asar.unpacked\\resources\\fonts\\DejaVuSans.ttf');
  });

  it('leaves paths outside a packaged app alone, also names that merely contain app.asar', () => {
    expect(outsideAsar('/work/ketenbord/node_modules/pdfmake/build/fonts/Roboto/Roboto-Regular.ttf')).toBe(
      '/work/ketenbord/node_modules/pdfmake/build/fonts/Roboto/Roboto-Regular.ttf',
    );
    expect(outsideAsar('/home/x/my-app.asar.backup/font.ttf')).toBe('/home/x/my-app.asar.backup/font.ttf');
  });
});
