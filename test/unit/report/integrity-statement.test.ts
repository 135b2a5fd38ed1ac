import { execFileSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as exportReportCli } from '../../../electron/cli/commands/export-report';
import { run as verifyLogCli } from '../../../electron/cli/commands/verify-log';
import { incidentPath, journalPath } from '../../../electron/services/incident/incident-document';
import { reportDateTimeSecondsUnambiguous } from '../../../shared/report/format';
import { SCRIPTED_INCIDENT_ID, writeScriptedExercise } from '../../fixtures/scripted-exercise';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let backend: TestBackend;

beforeAll(async () => {
  backend = await startTestBackend('ketenbord-integrity-');
  await writeScriptedExercise(backend.ctx.requireWorkspace(), { withEvaluation: false });
});
afterAll(async () => backend.close());

const file = (rel: string) => backend.ctx.requireWorkspace().resolve(rel);

async function exportFromApp(format: 'pdf' | 'docx' = 'pdf'): Promise<Buffer> {
  const answer = await backend.call('report.export', {
    incidentId: SCRIPTED_INCIDENT_ID,
    kind: 'aftercare',
    format,
    classification: 'intern',
    language: 'nl',
    author: 'Test',
  });
  return Buffer.from(answer.base64, 'base64');
}

async function pdfText(bytes: Buffer): Promise<string> {
  const out = path.join(backend.root, `t-${Date.now()}.pdf`);
  await writeFile(out, bytes);
  // -raw: table cells in reading order, so a hash is not broken across columns
  return execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function recordedExports(): Promise<Array<{ count: number; headHash: string }>> {
  return JSON.parse(await readFile(file(incidentPath(SCRIPTED_INCIDENT_ID)), 'utf8')).exports ?? [];
}

async function cliExport(out: string, extra: string[] = []): Promise<number> {
  return exportReportCli([
    '--incident',
    SCRIPTED_INCIDENT_ID,
    '--kind',
    'aftercare',
    '--format',
    'pdf',
    '--workspace',
    backend.workspaceDir,
    '--out',
    out,
    ...extra,
  ]);
}

describe('the report’s integrity statement and the export witnesses', () => {
  it('an app export records the head it covered; the next report lists it as found again', async () => {
    const before = await backend.call('log.verify', { incidentId: SCRIPTED_INCIDENT_ID });
    await exportFromApp();
    const recorded = await recordedExports();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      document: 'aftercare',
      format: 'pdf',
      count: before.count,
      headHash: before.headHash,
    });

    const text = await pdfText(await exportFromApp('pdf'));
    expect(text).toContain('Uitkomst: geen afwijking gevonden.');
    expect(text).toContain('Wat dit aantoont');
    expect(text).toContain('Wat dit niet aantoont');
    expect(text).toContain('Eerdere exports van dit logboek');
    expect(text).toContain(before.headHash);
    expect(await recordedExports()).toHaveLength(2);
  });

  it('the command line records nothing, writes 0600 and uses the app’s default classification', async () => {
    const count = (await recordedExports()).length;
    const out = path.join(backend.root, 'cli-default.pdf');
    expect(await cliExport(out)).toBe(0);
    expect(await recordedExports()).toHaveLength(count);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('INTERN');
    // its own statement still names the head it covered
    const { headHash } = await backend.call('log.verify', { incidentId: SCRIPTED_INCIDENT_ID });
    expect(text.replace(/\s+/g, '')).toContain(headHash);
  });

  it('a cut tail: verify-log exits 1, the report says NOT provable and the earlier export is not found again', async () => {
    const journal = file(journalPath(SCRIPTED_INCIDENT_ID));
    const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n');
    await writeFile(journal, `${lines.slice(0, lines.length - 3).join('\n')}\n`);

    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      expect(
        await verifyLogCli(['--workspace', backend.workspaceDir, '--incident', SCRIPTED_INCIDENT_ID]),
      ).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    expect(out.join('')).toContain('3 regels weggehaald');
    expect(out.join('')).toContain('NIET teruggevonden');

    const cli = path.join(backend.root, 'cli-cut.pdf');
    expect(await cliExport(cli)).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', cli, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('NIET aantoonbaar volledig en ongewijzigd');
    expect(text).toContain('3 regels weggehaald');
    expect(text).toContain('NEE');

    const verified = await backend.call('log.verify', { incidentId: SCRIPTED_INCIDENT_ID });
    expect(verified.ok).toBe(false);
    expect(verified.breaks.length).toBeGreaterThanOrEqual(2); // the anchor and the earlier exports
  });
});

describe('times in the appendix', () => {
  it('give the UTC offset only in the hour the clocks go back', () => {
    expect(reportDateTimeSecondsUnambiguous('2026-10-25T00:30:00Z')).toBe('25-10-2026 02:30:00 (+02:00)');
    expect(reportDateTimeSecondsUnambiguous('2026-10-25T01:30:00Z')).toBe('25-10-2026 02:30:00 (+01:00)');
    expect(reportDateTimeSecondsUnambiguous('2026-10-25T02:30:00Z')).toBe('25-10-2026 03:30:00');
    expect(reportDateTimeSecondsUnambiguous('2026-10-24T23:59:00Z')).toBe('25-10-2026 01:59:00');
    expect(reportDateTimeSecondsUnambiguous('2026-03-29T01:30:00Z')).toBe('29-03-2026 03:30:00');
  });
});
