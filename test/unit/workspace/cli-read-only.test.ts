import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/main';
import { dispatch } from '../../../electron/services/api/dispatch';
import { startBackend } from '../../../electron/services/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { makeTempDir } from '../../fixtures/temp-dir';

/**
 * The command line only reads. A workspace is built through the real back end (sample protocol,
 * an incident with log entries and backups), then damaged; every command is run, and the tree —
 * every name, size, SHA-256, mode and mtime, folders included — must be exactly as before.
 */
const SAMPLE = path.resolve('resources/sample/sample-protocol.json');
let root: string;
let cleanup: () => Promise<void>;
let template: string;
let incidentId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir('ketenbord-cli-ro-'));
  template = path.join(root, 'template');
  await fs.mkdir(template);
  await fs.copyFile(SAMPLE, path.join(template, 'protocol.json'));
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(root, 'cfg'),
    workspaceDir: template,
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const answer = await dispatch(ctx, method, input);
    if (!answer.ok) throw new Error(answer.error.nl);
    return answer.result as MethodOutput<M>;
  };
  const incident = await call('incident.create', {
    title: 'Oefening datalek',
    detectedAt: '2026-03-01T08:00:00.000Z',
    natures: ['dataBreach'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'likely',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: true,
    author: 'Anouk',
  });
  incidentId = incident.id;
  await call('incident.update', { id: incidentId, author: 'Anouk', phase: 'problemClear' });
  await call('log.append', {
    incidentId,
    author: 'Anouk',
    body: { kind: 'note', summary: 'Melding van de helpdesk' },
  });
  await ctx.close();
});
afterAll(async () => cleanup());

interface Entry {
  type: 'file' | 'dir';
  size: number;
  mode: number;
  mtimeMs: number;
  sha256?: string;
}

async function snapshot(dir: string): Promise<Record<string, Entry>> {
  const tree: Record<string, Entry> = {};
  const walk = async (rel: string) => {
    const full = path.join(dir, rel);
    const stat = await fs.lstat(full);
    const entry: Entry = {
      type: stat.isDirectory() ? 'dir' : 'file',
      size: stat.isDirectory() ? 0 : stat.size,
      mode: stat.mode,
      mtimeMs: stat.mtimeMs,
    };
    if (!stat.isDirectory())
      entry.sha256 = createHash('sha256')
        .update(await fs.readFile(full))
        .digest('hex');
    tree[rel || '.'] = entry;
    if (stat.isDirectory()) for (const name of await fs.readdir(full)) await walk(path.join(rel, name));
  };
  await walk('');
  return tree;
}

async function copyOf(name: string): Promise<string> {
  const dir = path.join(root, name);
  await fs.cp(template, dir, { recursive: true });
  return dir;
}

/** Runs the CLI in this process (as bin/ketenbord.mjs does) and captures what it prints. */
async function ketenbord(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await main(argv);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the command line on a workspace with a damaged protocol.json', () => {
  it('check exits 2 and every export refuses, and not one byte, mode or mtime in the workspace changes', async () => {
    const ws = await copyOf('damaged-protocol');
    const text = await fs.readFile(path.join(ws, 'protocol.json'), 'utf8');
    await fs.writeFile(path.join(ws, 'protocol.json'), text.slice(0, text.length / 2));
    // a temp file a crash left: the app removes it on opening; a reader must leave it
    await fs.writeFile(path.join(ws, 'protocol.json.999-deadbeef.tmp'), '{"half');
    const before = await snapshot(ws);
    const outDir = path.join(root, 'uit-1');
    await fs.mkdir(outDir);

    const check = await ketenbord('check', '--workspace', ws);
    expect(check.code).toBe(2);
    expect(check.err).toMatch(/Het protocol kan niet worden gelezen; er is niets gecontroleerd/);
    expect(check.err).toMatch(/protocol\.json \(het protocol\) is beschadigd/);
    expect(check.out).not.toMatch(/hiaat|hiaten|controles in orde/); // never the defaults' gaps

    for (const format of ['pdf', 'docx']) {
      const target = path.join(outDir, `protocol.${format}`);
      const r = await ketenbord('export', 'protocol', '--format', format, '--workspace', ws, '--out', target);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/beschadigd/);
      await expect(fs.access(target)).rejects.toThrow();
    }
    for (const kind of ['aftercare', 'evaluation']) {
      const target = path.join(outDir, `${kind}.pdf`);
      const r = await ketenbord(
        'export',
        'report',
        '--incident',
        incidentId,
        '--kind',
        kind,
        '--format',
        'pdf',
        '--workspace',
        ws,
        '--out',
        target,
      );
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/er is geen rapport gemaakt.*beschadigd/);
      await expect(fs.access(target)).rejects.toThrow();
    }
    // the log itself is intact and verify-log says so
    const verify = await ketenbord('verify-log', '--workspace', ws, '--incident', incidentId);
    expect(verify.code).toBe(0);

    expect(await snapshot(ws)).toEqual(before);
  });

  it('as a real process too: check exits 2, no lock is taken or left', async () => {
    const ws = await copyOf('damaged-protocol-process');
    await fs.writeFile(path.join(ws, 'protocol.json'), '{"schemaVersion": 2, "organisation": ');
    const before = await snapshot(ws);
    const r = spawnSync(process.execPath, [path.resolve('bin/ketenbord.mjs'), 'check', '--workspace', ws], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/beschadigd/);
    expect(await snapshot(ws)).toEqual(before);
  });

  it('a newer-format protocol.json: check exits 2 and says to update Ketenbord', async () => {
    const ws = await copyOf('newer-protocol');
    await fs.writeFile(path.join(ws, 'protocol.json'), JSON.stringify({ schemaVersion: 99 }));
    const before = await snapshot(ws);
    const r = await ketenbord('check', '--workspace', ws);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nieuwere versie van Ketenbord/);
    expect(await snapshot(ws)).toEqual(before);
  });
});

describe('export report on an incident that failed validation', () => {
  it('says the incident cannot be read (not that it does not exist), exits 2, and renames nothing', async () => {
    const ws = await copyOf('damaged-incident');
    const file = path.join(ws, 'incidents', `${incidentId}.json`);
    const incident = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...incident, phase: 'geen-fase' }));
    const before = await snapshot(ws);
    const target = path.join(root, 'rapport.pdf');
    const r = await ketenbord(
      'export',
      'report',
      '--incident',
      incidentId,
      '--kind',
      'aftercare',
      '--format',
      'pdf',
      '--workspace',
      ws,
      '--out',
      target,
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`Incident ${incidentId} kan niet worden gelezen`));
    expect(r.err).toMatch(/phase/);
    expect(r.err).not.toMatch(/bestaat niet/);
    expect(await snapshot(ws)).toEqual(before);
    // and the list of a reader names it as unreadable, with its log still readable
    const verify = await ketenbord('verify-log', '--workspace', ws, '--incident', incidentId);
    expect(verify.code).toBe(0);
  });
});

describe('files the command line writes', () => {
  it('are 0600 whatever the umask and whatever mode the file had; the workspace is untouched', async () => {
    if (process.platform === 'win32') return;
    const ws = await copyOf('export-modes');
    const before = await snapshot(ws);
    const target = path.join(root, 'protocol-0644.docx');
    await fs.writeFile(target, 'oud');
    await fs.chmod(target, 0o644);
    const umask = process.umask(0);
    try {
      const r = await ketenbord('export', 'protocol', '--format', 'docx', '--workspace', ws, '--out', target);
      expect(r.code, r.err).toBe(0);
      expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
      const report = path.join(root, 'rapport-0600.docx');
      const rr = await ketenbord(
        'export',
        'report',
        '--incident',
        incidentId,
        '--kind',
        'aftercare',
        '--format',
        'docx',
        '--workspace',
        ws,
        '--out',
        report,
      );
      expect(rr.code, rr.err).toBe(0);
      expect((await fs.stat(report)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(umask);
    }
    expect((await fs.readFile(target)).subarray(0, 2).toString()).toBe('PK');
    expect(await snapshot(ws)).toEqual(before);
  });
});
