import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DurableFs,
  fsyncDirectory,
  nodeDurableFs,
} from '../../../electron/services/storage/durable-write';
import { errnoError } from '../../fixtures/faulty-journal-fs';
import { makeTempDir } from '../../fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-dirsync-'));
});
afterEach(async () => cleanup());

/** Node's own calls on the real folder, with the folder's fsync answering `code` instead. */
function folderSyncFails(code: string | null): { io: DurableFs; synced: string[]; closed: string[] } {
  const synced: string[] = [];
  const closed: string[] = [];
  const io: DurableFs = {
    ...nodeDurableFs,
    async open(file, flags, mode) {
      const handle = await nodeDurableFs.open(file, flags, mode);
      return {
        writeFile: (data) => handle.writeFile(data),
        async sync() {
          if (code) throw errnoError(code);
          await handle.sync();
          synced.push(file);
        },
        async close() {
          closed.push(file);
          await handle.close();
        },
      };
    },
  };
  return { io, synced, closed };
}

describe('fsyncDirectory: the one folder-sync policy of documents, the log and the room', () => {
  it('syncs a real folder and closes it', async () => {
    const { io, synced, closed } = folderSyncFails(null);
    await fsyncDirectory(dir, io);
    expect(synced).toEqual([dir]);
    expect(closed).toEqual([dir]);
  });

  it.each(['EPERM', 'EISDIR', 'EINVAL', 'EBADF'])(
    'skips %s: the platform or file system cannot sync a folder',
    async (code) => {
      const { io, closed } = folderSyncFails(code);
      await expect(fsyncDirectory(dir, io)).resolves.toBeUndefined();
      expect(closed).toEqual([dir]);
    },
  );

  it('throws a real I/O error, on every platform, and still closes the folder', async () => {
    const { io, closed } = folderSyncFails('EIO');
    await expect(fsyncDirectory(dir, io)).rejects.toMatchObject({ code: 'EIO' });
    expect(closed).toEqual([dir]);
  });

  it('throws when the folder is not there', async () => {
    await expect(fsyncDirectory(`${dir}/missing`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
