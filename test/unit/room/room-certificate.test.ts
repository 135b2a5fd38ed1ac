import { X509Certificate } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateDir, roomCertificate } from '../../../electron/web/room/room-certificate';
import { makeTempDir } from '../../fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-cert-'));
});
afterAll(async () => cleanup());

describe('the room certificate', () => {
  it('is made once per workspace, kept 0600 outside the workspace, and its fingerprint is SHA-256', async () => {
    const config = path.join(dir, 'config');
    const first = await roomCertificate(config, path.join(dir, 'ws-a'), ['192.168.1.20']);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new X509Certificate(first.cert).fingerprint256).toBe(first.fingerprint);
    expect(new X509Certificate(first.cert).subjectAltName).toContain('IP Address:192.168.1.20');

    const folder = certificateDir(config, path.join(dir, 'ws-a'));
    expect(folder.startsWith(config)).toBe(true);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    for (const file of ['key.pem', 'cert.pem']) {
      expect((await stat(path.join(folder, file))).mode & 0o777).toBe(0o600);
    }

    // the same workspace gets the same certificate (browser exceptions last); another gets its own
    const again = await roomCertificate(config, path.join(dir, 'ws-a'), ['10.0.0.9']);
    expect(again.fingerprint).toBe(first.fingerprint);
    const other = await roomCertificate(config, path.join(dir, 'ws-b'), ['192.168.1.20']);
    expect(other.fingerprint).not.toBe(first.fingerprint);
  });
});
