import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, hasSoffice } from '../../fixtures/libreoffice';
import { SCRIPTED_INCIDENT_ID, writeScriptedExercise } from '../../fixtures/scripted-exercise';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Both Word reports opened the way the auditors' office suite would: LibreOffice converts each to
 * PDF, and its text holds the log and the integrity statement. Slow (LibreOffice starts cold).
 */
let app: TestBackend | null = null;
const dir = mkdtempSync(join(tmpdir(), 'ketenbord-report-soffice-'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasSoffice)('report DOCX in LibreOffice', () => {
  it('converts the aftercare report and the exercise evaluation to PDF', { timeout: 180_000 }, async () => {
    app = await startTestBackend();
    const script = await writeScriptedExercise(app.ctx.requireWorkspace(), { withEvaluation: true });
    for (const kind of ['aftercare', 'evaluation'] as const) {
      const docx = await app.call('report.export', {
        incidentId: SCRIPTED_INCIDENT_ID,
        kind,
        format: 'docx',
        classification: 'intern',
        language: 'nl',
        author: 'Test',
      });
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, Buffer.from(docx.base64, 'base64'));
      const pdf = convertDocxToPdf(file, dir, 80_000);
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      // a few log summaries from across the exercise, and the integrity statement's head hash
      const summaries = script.entries
        .map((e) => ('summary' in e ? e.summary : null))
        .filter((s) => s !== null);
      for (const summary of [summaries[1], summaries[Math.floor(summaries.length / 2)], summaries.at(-1)]) {
        expect(text).toContain(String(summary).replace(/\s+/g, ' ').slice(0, 40));
      }
      expect(text).toContain('Integriteitsverklaring');
      expect(text).toContain(`laatste byte gelezen: ${script.entries.length} regels`);
      expect(text).toContain('geen afwijking gevonden');
      if (kind === 'evaluation') expect(text).toContain('Sjabloon klantbericht datalek opstellen');
    }
  });
});
