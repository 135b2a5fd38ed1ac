import { type ChildProcess, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateDir } from '../../../electron/web/room/room-certificate';
import { makeTempDir } from '../../fixtures/temp-dir';

/** `ketenbord serve --room` as a real process: the three lines of the issue, then a real HTTPS room. */
let dir: string;
let cleanup: () => Promise<void>;
let child: ChildProcess | null = null;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-serve-room-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Ketenbord</title>');
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const done = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await done;
  }
  await cleanup();
});

function startServe(args: string[]): Promise<string[]> {
  const proc = spawn(process.execPath, [path.resolve('bin/ketenbord.mjs'), 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no output in time: ${out} ${err}`)), 60_000);
    proc.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve(out.split('\n'));
      }
    });
    proc.once('exit', (code) => reject(new Error(`exited ${code}: ${out} ${err}`)));
  });
}

describe('ketenbord serve --room', () => {
  it('prints the address, the join code and the fingerprint, each on its own line, and serves HTTPS there', async () => {
    const lines = await startServe([
      '--workspace',
      path.join(dir, 'ws'),
      '--config',
      path.join(dir, 'config'),
      '--static',
      dir,
      '--room',
      '--bind',
      '127.0.0.1',
    ]);
    const url = lines.find((l) => /^https:\/\//.test(l));
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const code = lines.find((l) => l.startsWith('Deelnamecode / join code: '));
    expect(code).toMatch(/^Deelnamecode \/ join code: [A-Z0-9]{5}-[A-Z0-9]{5}$/);
    const fingerprint = lines.find((l) => l.startsWith('Vingerafdruk / fingerprint: '));
    expect(fingerprint).toMatch(/^Vingerafdruk \/ fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    // the fingerprint printed is the one of the certificate kept for this workspace, and served
    const kept = await readFile(
      path.join(certificateDir(path.join(dir, 'config'), path.join(dir, 'ws')), 'cert.pem'),
      'utf8',
    );
    expect(fingerprint?.endsWith(new X509Certificate(kept).fingerprint256)).toBe(true);
    const served = await new Promise<string>((resolve, reject) => {
      const req = https.get(url ?? '', { rejectUnauthorized: false }, (res) => {
        const socket = res.socket as import('node:tls').TLSSocket;
        resolve(socket.getPeerX509Certificate()?.fingerprint256 ?? '');
        res.resume();
      });
      req.on('error', reject);
    });
    expect(fingerprint?.endsWith(served)).toBe(true);
  });

  it('refuses --bind without --room', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(
      process.execPath,
      [path.resolve('bin/ketenbord.mjs'), 'serve', '--bind', '127.0.0.1'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--bind hoort bij --room');
  });
});
