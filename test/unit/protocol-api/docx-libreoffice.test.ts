import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, hasSoffice } from '../../fixtures/libreoffice';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * The printed Word file opened the way a user's office suite would: LibreOffice converts it to
 * PDF, and the PDF's text must hold the contacts. Slow (LibreOffice starts cold), so one test.
 */
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
    const pdf = convertDocxToPdf(file, dir, 110_000);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Crisiscommunicatieprotocol');
    for (const name of ['Mila Jacobs', 'Fatima El Amrani', 'Joost Mulder']) expect(text).toContain(name);
  });
});
