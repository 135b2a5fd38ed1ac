import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../electron/services/storage/document-store';
import { type DurableFs, nodeDurableFs } from '../../../electron/services/storage/durable-write';
import { errnoError } from '../../fixtures/faulty-journal-fs';
import { makeTempDir } from '../../fixtures/temp-dir';
import { noteSpec } from './test-spec';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-faults-'));
});
afterEach(async () => cleanup());

type Step = 'open' | 'writeFile' | 'sync' | 'rename';

/**
 * Node's own calls, with one step failing for files whose name matches `where` (the document's
 * temp file, or a backup's): what it lets through happens on the real disk. It records the order.
 */
function faultyFs(fail?: { step: Step; code: string; where: RegExp }): { io: DurableFs; events: string[] } {
  const events: string[] = [];
  const hit = (step: Step, file: string) => fail?.step === step && fail.where.test(file);
  const io: DurableFs = {
    async open(file, flags, mode) {
      if (hit('open', file)) throw errnoError(fail!.code);
      const handle = await nodeDurableFs.open(file, flags, mode);
      const name = path.relative(dir, file) || '.';
      events.push(`open ${name}`);
      return {
        async writeFile(data) {
          events.push(`writeFile ${name}`);
          if (hit('writeFile', file)) {
            await handle.writeFile(String(data).slice(0, 10)); // part of it reached the disk
            throw errnoError(fail!.code);
          }
          await handle.writeFile(data);
        },
        async sync() {
          if (hit('sync', file)) throw errnoError(fail!.code);
          await handle.sync();
          events.push(`synced ${name}`);
        },
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      if (hit('rename', from)) throw errnoError(fail!.code);
      await nodeDurableFs.rename(from, to);
      events.push(`rename ${path.relative(dir, from)} -> ${path.relative(dir, to)}`);
    },
    rm: (file, options) => nodeDurableFs.rm(file, options),
  };
  return { io, events };
}

async function allFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true });
  return entries.map(String).sort();
}

const file = () => path.join(dir, 'note.json');
const open = (io: DurableFs) =>
  DocumentStore.open(noteSpec, file(), {
    readOnly: false,
    backupDir: path.join(dir, 'backups', 'note'),
    fs: io,
  });

describe('a save is all or nothing, whatever step fails', () => {
  const cases: Array<{ step: Step; code: string; where: RegExp; words: RegExp }> = [
    { step: 'open', code: 'ENOSPC', where: /note\.json\..*\.tmp$/, words: /schijf is vol/ },
    { step: 'writeFile', code: 'ENOSPC', where: /note\.json\..*\.tmp$/, words: /schijf is vol/ },
    { step: 'sync', code: 'EIO', where: /note\.json\..*\.tmp$/, words: /leesfout of schrijffout/ },
    { step: 'rename', code: 'EACCES', where: /note\.json\..*\.tmp$/, words: /geen toestemming/ },
    { step: 'rename', code: 'EROFS', where: /note\.json\..*\.tmp$/, words: /alleen-lezen/ },
    // the backup of the previous version is written first; when that fails nothing else happens
    { step: 'writeFile', code: 'ENOSPC', where: /backups\/note\/.*\.tmp$/, words: /schijf is vol/ },
    { step: 'sync', code: 'EIO', where: /backups\/note\/.*\.tmp$/, words: /leesfout/ },
  ];
  for (const c of cases) {
    it(`${c.code} on ${c.step} of ${c.where.source.includes('backups') ? 'the backup' : 'the temp file'}: old file intact, no temp file left, plain message`, async () => {
      const healthy = await open(nodeDurableFs);
      await healthy.update((d) => ({ ...d, title: 'versie 1' }));
      await healthy.update((d) => ({ ...d, title: 'versie 2' }));
      const before = await fs.readFile(file());
      const filesBefore = await allFiles(dir);

      const { io } = faultyFs(c);
      const store = await open(io);
      const error = await store
        .update((d) => ({ ...d, title: 'versie 3' }))
        .then(
          () => null,
          (e: unknown) => e as { code: string; nl: string; en: string },
        );
      expect(error).not.toBeNull();
      expect(error?.nl).toMatch(c.words);
      expect(error?.nl).toMatch(/^De notitie opslaan is niet gelukt: .*De vorige versie is ongewijzigd/);
      expect(error?.en).toMatch(/^Saving the note did not succeed/);
      expect(`${error?.nl} ${error?.en}`).not.toMatch(/ENOSPC|EIO|EACCES|EROFS/);
      expect(await fs.readFile(file())).toEqual(before);
      expect(store.data.title).toBe('versie 2');
      const filesAfter = await allFiles(dir);
      expect(filesAfter.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      // only a backup of the current version may have been added (when the failure came after it)
      expect(
        filesAfter.filter((n) => !filesBefore.includes(n)).every((n) => n.startsWith('backups/note/')),
      ).toBe(true);
    });
  }

  it('the temp file is fsynced before it is renamed over the document, and the folder after', async () => {
    const { io, events } = faultyFs();
    const store = await open(io);
    await store.update((d) => ({ ...d, title: 'duurzaam' }));
    const tempWrite = events.findIndex((e) => /^writeFile note\.json\..*\.tmp$/.test(e));
    const tempSynced = events.findIndex((e) => /^synced note\.json\..*\.tmp$/.test(e));
    const renamed = events.findIndex((e) => /^rename note\.json\..*\.tmp -> note\.json$/.test(e));
    const folderSynced = events.lastIndexOf('synced .');
    expect(tempWrite).toBeGreaterThanOrEqual(0);
    expect(tempSynced, events.join('\n')).toBeGreaterThan(tempWrite);
    expect(renamed, events.join('\n')).toBeGreaterThan(tempSynced);
    expect(folderSynced, events.join('\n')).toBeGreaterThan(renamed);
  });

  it('temp files a crash left in backups/ are removed when the document is opened to write', async () => {
    const store = await open(nodeDurableFs);
    await store.update((d) => ({ ...d, title: 'a' }));
    await store.update((d) => ({ ...d, title: 'b' }));
    const leftover = path.join(dir, 'backups', 'note', '2026-01-01T00-00-00-000Z.json.4242-deadbeef.tmp');
    await fs.writeFile(leftover, '{"half');
    await open(nodeDurableFs);
    await expect(fs.access(leftover)).rejects.toThrow();
  });
});
