import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../electron/services/storage/backups';
import { DocumentStore } from '../../../electron/services/storage/document-store';
import { NewerSchemaError } from '../../../electron/services/storage/migrate';
import { DocumentUnreadableError } from '../../../electron/services/storage/read-document';
import { makeTempDir } from '../../fixtures/temp-dir';
import { noteSpec } from './test-spec';

let dir: string;
let cleanup: () => Promise<void>;
const file = () => path.join(dir, 'note.json');
const backupDir = () => path.join(dir, 'backups', 'note');
const open = (readOnly = false) => DocumentStore.open(noteSpec, file(), { readOnly, backupDir: backupDir() });

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

describe('DocumentStore', () => {
  it('writes real files that a fresh store reads back', async () => {
    const store = await open();
    expect(store.isUnsaved).toBe(true);
    await store.update((d) => ({ ...d, title: 'Crisisoefening', tags: ['a'] }));
    const again = await open();
    expect(again.data).toEqual({ schemaVersion: 2, title: 'Crisisoefening', tags: ['a'] });
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toEqual(again.data);
  });

  it('creates files readable only by their owner (0600)', async () => {
    const store = await open();
    await store.update((d) => ({ ...d, title: 'privé' }));
    await store.update((d) => ({ ...d, title: 'privé 2' }));
    if (process.platform !== 'win32') {
      expect((await fs.stat(file())).mode & 0o777).toBe(0o600);
      const [backup] = await store.listBackups();
      expect(backup).toBeDefined();
      expect((await fs.stat(backup ?? '')).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses a change that would make the document invalid, and keeps the old one', async () => {
    const store = await open();
    await store.update((d) => ({ ...d, title: 'goed' }));
    await expect(store.update((d) => ({ ...d, title: '' }))).rejects.toMatchObject({
      code: 'document.invalid',
    });
    expect(store.data.title).toBe('goed');
    expect(JSON.parse(await fs.readFile(file(), 'utf8')).title).toBe('goed');
  });

  it('moves a corrupt file aside, never overwrites it, and offers the newest good backup', async () => {
    const store = await open();
    await store.update((d) => ({ ...d, title: 'versie 1' }));
    await store.update((d) => ({ ...d, title: 'versie 2' }));
    await fs.writeFile(file(), '{"schemaVersion": 2, "title": "afgebro');

    const reopened = await open();
    expect(reopened.problem?.kind).toBe('corrupt');
    expect(reopened.problem?.message.nl).toMatch(/beschadigd/);
    expect(reopened.problem?.message.nl).toMatch(/reservekopie/);
    const aside = reopened.problem?.movedTo ?? '';
    expect(path.basename(aside)).toMatch(/^note\.json\.corrupt-\d{4}-\d{2}-\d{2}T/);
    expect(await fs.readFile(aside, 'utf8')).toBe('{"schemaVersion": 2, "title": "afgebro');
    await expect(fs.access(file())).rejects.toThrow(); // nothing written in its place yet

    const backup = reopened.problem?.newestGoodBackup ?? '';
    await reopened.restoreFrom(backup);
    expect(reopened.data.title).toBe('versie 1');
    expect((await open()).data.title).toBe('versie 1');
  });

  it('treats a file that parses but does not validate as corrupt', async () => {
    await fs.writeFile(file(), JSON.stringify({ schemaVersion: 2, title: 42 }));
    const store = await open();
    expect(store.problem?.reason).toMatch(/title/);
    expect(store.problem?.newestGoodBackup).toBeNull();
  });

  it('in read-only mode reports a corrupt file without moving it', async () => {
    await fs.writeFile(file(), 'not json');
    const store = await open(true);
    expect(store.problem?.kind).toBe('corrupt');
    expect(await fs.readFile(file(), 'utf8')).toBe('not json');
    await expect(store.update((d) => d)).rejects.toMatchObject({ code: 'document.readOnly' });
  });

  it('removes temp files left by a crash and keeps the real document', async () => {
    const store = await open();
    await store.update((d) => ({ ...d, title: 'echt' }));
    const leftover = `${file()}.4242-deadbeef.tmp`;
    await fs.writeFile(leftover, '{"half": ');
    const reopened = await open();
    expect(reopened.data.title).toBe('echt');
    await expect(fs.access(leftover)).rejects.toThrow();
  });

  it('migrates an old schema version step by step', async () => {
    await fs.writeFile(file(), JSON.stringify({ schemaVersion: 1, name: 'Oefening najaar' }));
    const store = await open();
    expect(store.problem).toBeNull();
    expect(store.data).toEqual({ schemaVersion: 2, title: 'Oefening najaar', tags: [] });
  });

  it('refuses a newer schema version and leaves the file untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: 3, title: 'uit de toekomst', tags: [], extra: true });
    await fs.writeFile(file(), newer);
    await expect(open()).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(open()).rejects.toMatchObject({
      nl: expect.stringMatching(/nieuwere versie van Ketenbord/),
    });
    expect(await fs.readFile(file(), 'utf8')).toBe(newer);
    expect(await fs.readdir(dir)).toEqual(['note.json']);
  });

  it('keeps a bounded number of rolling backups, newest first', async () => {
    const store = await open();
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) await store.update((d) => ({ ...d, title: `v${i}` }));
    const backups = await store.listBackups();
    expect(backups).toHaveLength(BACKUPS_KEPT);
    // the newest backup holds the version before the current one
    expect(JSON.parse(await fs.readFile(backups[0] ?? '', 'utf8')).title).toBe(`v${BACKUPS_KEPT + 3}`);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = await open();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.update((d) => ({ ...d, tags: [...d.tags, `t${i}`] }))),
    );
    expect((await open()).data.tags).toHaveLength(20);
  });

  it('treats a file holding only null as damage, not absence: set aside, reported, never silently replaced', async () => {
    await fs.writeFile(file(), 'null\n');
    const store = await open();
    expect(store.problem?.kind).toBe('corrupt');
    expect(store.problem?.message.nl).toMatch(/bevat alleen "null"/);
    expect(await fs.readFile(store.problem?.movedTo ?? '', 'utf8')).toBe('null\n');
  });

  it('accepts a UTF-8 byte-order mark (Notepad) and writes the file back without one', async () => {
    await fs.writeFile(file(), `\uFEFF${JSON.stringify({ schemaVersion: 2, title: 'Kladblok', tags: [] })}`);
    const store = await open();
    expect(store.problem).toBeNull();
    expect(store.data.title).toBe('Kladblok');
    await store.update((d) => ({ ...d, tags: ['bom'] }));
    expect((await fs.readFile(file(), 'utf8')).startsWith('{')).toBe(true);
  });

  it('refuses a folder where the file should be, in words, and leaves it alone', async () => {
    await fs.mkdir(file());
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentUnreadableError);
    expect((error as DocumentUnreadableError).nl).toMatch(/geen bestand maar een map/);
    expect((await fs.stat(file())).isDirectory()).toBe(true);
  });
});
