import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * The printed Word file opened the way a user's office suite would: LibreOffice converts it to
 * PDF, and the PDF's text must hold the contacts. Slow (LibreOffice starts cold), so one test.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
let app: TestBackend | null = null;
const dir = mkdtempSync(join(tmpdir(), 'ketenbord-soffice-'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasSoffice)('printed DOCX in LibreOffice', () => {
  it('converts to a PDF that names the contacts', { timeout: 120_000 }, async () => {
    app = await startTestBackend();
    await app.call('protocol.loadSample', { confirm: true });
    const docx = await app.call('protocol.print', { format: 'docx', language: 'nl' });
    const file = join(dir, 'protocol.docx');
    writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    // A private profile directory, so a LibreOffice the user has open does not swallow the job.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 110_000, stdio: 'ignore' },
    );
    const pdf = join(dir, 'protocol.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Crisiscommunicatieprotocol');
    for (const name of ['Mila Jacobs', 'Fatima El Amrani', 'Joost Mulder']) expect(text).toContain(name);
  });
});
