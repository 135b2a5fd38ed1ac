import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend } from '../../fixtures/test-backend';

/** The CLI as a user runs it: a real process through bin/ketenbord.mjs, exit codes and all. */
const BIN = resolve('bin/ketenbord.mjs');
const SAMPLE = resolve('resources/sample/sample-protocol.json');

function ketenbord(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let root: string;
let sample: string;
let empty: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ketenbord-cli-'));
  sample = join(root, 'sample');
  empty = join(root, 'empty');
  mkdirSync(sample);
  mkdirSync(empty);
  copyFileSync(SAMPLE, join(sample, 'protocol.json'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ketenbord check', () => {
  it('prints the sample’s gaps in Dutch and exits 1', () => {
    const r = ketenbord('check', '--workspace', sample);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Gereedheid van het protocol van Dienst Uitkeringen en Registratie');
    expect(r.out).toMatch(/\d+ van \d+ controles in orde\./);
    expect(r.out).toContain('Mila Jacobs heeft geen privénummer');
  });

  it('finds nearly everything missing in an empty workspace', () => {
    const r = ketenbord('check', '--workspace', empty);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Er zijn nog geen cruciale informatiesystemen vastgelegd.');
    expect(r.out).toContain('FOUT');
  });

  it('exits 0 when every check is met', () => {
    const complete = join(root, 'complete');
    mkdirSync(complete);
    const p = JSON.parse(readFileSync(SAMPLE, 'utf8')) as {
      people: { id: string; name: string; privatePhone: string }[];
      stakeholders: { organisation: string; deputyId: string | null }[];
      mediaMonitoring: { medium: string; deputyId: string | null }[];
      exercise: Record<string, unknown>;
    };
    const someone = p.people.find((x) => x.name !== 'Mila Jacobs')!.id;
    for (const s of p.stakeholders) s.deputyId ??= someone;
    for (const m of p.mediaMonitoring) m.deputyId ??= someone;
    for (const x of p.people) if (x.privatePhone === '') x.privatePhone = '+31612340000';
    // the sample's dates are fixed; the check runs on today, so move the exercise dates along
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    p.exercise = { ...p.exercise, lastExercise: today, lastProtocolUpdate: today, nextExercise: next };
    writeFileSync(join(complete, 'protocol.json'), JSON.stringify(p));
    const r = ketenbord('check', '--workspace', complete);
    expect(r.out).toContain('Geen hiaten gevonden.');
    expect(r.code).toBe(0);
  });

  it('reads the workspace while the app holds its lock', async () => {
    const app = await startTestBackend();
    try {
      await app.call('protocol.loadSample', { confirm: true });
      const r = ketenbord('check', '--workspace', app.workspaceDir);
      expect(r.code).toBe(1);
      expect(r.out).toContain('Dienst Uitkeringen en Registratie');
    } finally {
      await app.close();
    }
  });

  it('exits 2 on bad arguments, in Dutch', () => {
    expect(ketenbord('check').code).toBe(2);
    expect(ketenbord('check', '--workspace', join(root, 'bestaat-niet')).err).toContain('bestaat niet');
    expect(ketenbord('check', '--workspace', sample, '--onbekend').code).toBe(2);
  });
});

describe('ketenbord export protocol', () => {
  it('writes a PDF that pdftotext reads, and a DOCX', () => {
    const pdf = join(root, 'protocol.pdf');
    const r = ketenbord('export', 'protocol', '--format', 'pdf', '--workspace', sample, '--out', pdf);
    expect(r.code).toBe(0);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Crisiscommunicatieprotocol');
    expect(text).toContain('Mila Jacobs');

    const docx = join(root, 'protocol.docx');
    expect(
      ketenbord(
        'export',
        'protocol',
        '--format',
        'docx',
        '--workspace',
        sample,
        '--out',
        docx,
        '--lang',
        'en',
      ).code,
    ).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 on a wrong format or missing --out', () => {
    expect(ketenbord('export', 'protocol', '--format', 'odt', '--workspace', sample, '--out', 'x').code).toBe(
      2,
    );
    expect(ketenbord('export', 'protocol', '--format', 'pdf', '--workspace', sample).code).toBe(2);
    expect(
      ketenbord('export', 'protocol', '--format', 'pdf', '--workspace', sample, '--out', 'x', '--lang', 'fr')
        .code,
    ).toBe(2);
  });
});
