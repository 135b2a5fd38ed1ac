import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface RoomCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, colon-separated upper-case hex, as browsers show it */
  fingerprint: string;
}

/** Long enough that a browser exception made once lasts through many exercises. */
const VALID_DAYS = 825;

/**
 * The room's TLS certificate, one per workspace, made on first use and kept so that the exception
 * colleagues' browsers made for it keeps working (issue 15). It lives in the config folder, not in
 * the workspace: the workspace is copied and backed up, a private key should not travel with it.
 * Key and certificate are written 0600 in a 0700 folder.
 */
export async function roomCertificate(
  configDir: string,
  workspaceDir: string,
  addresses: readonly string[],
): Promise<RoomCertificate> {
  const dir = certificateDir(configDir, workspaceDir);
  const kept = await readKept(dir);
  if (kept) return kept;
  const made = await generate([{ name: 'commonName', value: 'Ketenbord crisiskamer' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 60 * 60 * 1000),
    notAfterDate: new Date(Date.now() + VALID_DAYS * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...[...new Set(['127.0.0.1', ...addresses])].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  await writePrivate(path.join(dir, 'key.pem'), made.private);
  await writePrivate(path.join(dir, 'cert.pem'), made.cert);
  return { key: made.private, cert: made.cert, fingerprint: new X509Certificate(made.cert).fingerprint256 };
}

/** One folder per workspace, named after a hash of its path (no path in a file name). */
export function certificateDir(configDir: string, workspaceDir: string): string {
  const id = createHash('sha256').update(path.resolve(workspaceDir)).digest('hex').slice(0, 16);
  return path.join(configDir, 'room-certificates', id);
}

async function readKept(dir: string): Promise<RoomCertificate | null> {
  try {
    const [key, cert] = await Promise.all([
      readFile(path.join(dir, 'key.pem'), 'utf8'),
      readFile(path.join(dir, 'cert.pem'), 'utf8'),
    ]);
    const x509 = new X509Certificate(cert);
    // a certificate near its end is replaced: browsers would refuse it soon anyway
    if (Date.parse(x509.validTo) - Date.now() < 7 * 24 * 60 * 60 * 1000) return null;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return null;
    return { key, cert, fingerprint: x509.fingerprint256 };
  } catch {
    return null; // absent or unreadable: a new one is made
  }
}

async function writePrivate(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  await writeFile(temp, text, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, file);
}
