import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const BIN = path.join(ROOT, 'bin', 'ketenbord.mjs');
const CURRENT = path.join(ROOT, 'out', 'cli', 'current.json');

const current = () => JSON.parse(readFileSync(CURRENT, 'utf8')) as { dir: string; inputs: string[] };
const ketenbord = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });

describe('the command line runs from built JavaScript', () => {
  it('is built by scripts/build-cli.mjs into out/cli with its export worker, and reused while the sources are unchanged', () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], {
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    const { dir, inputs } = current();
    expect(statSync(path.join(ROOT, 'out', 'cli', dir, 'main.js')).isFile()).toBe(true);
    expect(statSync(path.join(ROOT, 'out', 'cli', dir, 'export-worker.js')).isFile()).toBe(true);
    expect(inputs).toContain('electron/cli/main.ts');
    expect(inputs).toContain('electron/services/export/export-worker.ts');
    // the bundle never loads tsx: no TypeScript is compiled when it starts
    const main = readFileSync(path.join(ROOT, 'out', 'cli', dir, 'main.js'), 'utf8');
    expect(main).not.toMatch(/from ["']tsx/);

    const run = ketenbord('help');
    expect(run.stdout).toContain('verify-log');
    expect(run.stderr).not.toContain('wordt gebouwd');
    expect(current().dir).toBe(dir);
  });

  it('rebuilds when a source it was made from is newer than the build', () => {
    const before = current().dir;
    const source = path.join(ROOT, 'electron', 'cli', 'args.ts');
    const { atime, mtime } = statSync(source);
    try {
      const later = new Date(Date.now() + 5_000);
      utimesSync(source, later, later);
      const run = ketenbord('help');
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('de opdrachtregel wordt gebouwd');
      expect(current().dir).not.toBe(before);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
