import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePrivateFile } from '../../../electron/services/export/private-file';
import { makeTempDir } from '../../fixtures/temp-dir';

/** Issue 10: exports were written 0644 (0666 under umask 000). The Electron save dialog uses this. */
const posix = process.platform !== 'win32';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let umask: number;
beforeEach(async () => {
  temp = await makeTempDir('ketenbord-export-');
  umask = process.umask();
});
afterEach(async () => {
  process.umask(umask);
  await temp.cleanup();
});

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe.runIf(posix)('exports are written owner-only (0600)', () => {
  it('a new file, under the permissive umask 000', async () => {
    process.umask(0o000);
    const file = path.join(temp.dir, 'rapport.pdf');
    await writePrivateFile(file, Buffer.from('%PDF-1.7'));
    expect(await modeOf(file)).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('%PDF-1.7');
  });

  it('over an existing world-readable export, whose old content is replaced', async () => {
    const file = path.join(temp.dir, 'bellijst.csv');
    await writeFile(file, 'oude inhoud die langer is dan de nieuwe');
    await chmod(file, 0o666);
    await writePrivateFile(file, Buffer.from('Naam;Telefoon'));
    expect(await modeOf(file)).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('Naam;Telefoon');
  });
});
