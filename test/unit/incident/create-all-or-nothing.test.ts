import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { type JournalFile, nodeJournalFs } from '../../../electron/services/log/journal-file';
import type { MethodInput } from '../../../shared/api/contract';
import { VISIBLE_INTERNAL_AND_CHAIN, withBackend } from './workspace';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The real journal file, except that writing fails as on a full disk. */
function diskFullOnWrite() {
  const realOpen = nodeJournalFs.open;
  return vi.spyOn(nodeJournalFs, 'open').mockImplementation(async (file, flags, mode) => {
    const real = await realOpen(file, flags, mode);
    const failing: JournalFile = {
      write: async () => Promise.reject(enospc()),
      read: (b, o, l, p) => real.read(b, o, l, p),
      datasync: () => real.datasync(),
      sync: () => real.sync(),
      truncate: (n) => real.truncate(n),
      stat: () => real.stat(),
      close: () => real.close(),
    };
    return failing;
  });
}

afterEach(() => vi.restoreAllMocks());

const INPUT: MethodInput<'incident.create'> = {
  title: 'Storing',
  detectedAt: new Date(Date.now() - 60_000).toISOString(),
  natures: ['unavailability'],
  visibility: VISIBLE_INTERNAL_AND_CHAIN,
  phase: 'problemUnclear',
  isExercise: true,
  author: 'Anouk Meijer',
};

describe('creating an incident on a full disk', () => {
  it('writes the incident and its first log entry, or nothing: a retry makes no duplicate', async () => {
    await withBackend({ sample: false }, async ({ call, ctx, workspaceDir }) => {
      const spy = diskFullOnWrite();
      const result = await dispatch(ctx, 'incident.create', INPUT);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.nl).toMatch(/schijf is vol/);
        expect(result.error.nl).not.toContain('ENOSPC');
      }
      // nothing is left of it: not in the list, no file, no log, no temp file, not on the board
      const list = await call('incident.list', {});
      expect(list.incidents).toEqual([]);
      expect(list.activeIncidentId).toBeNull();
      expect(await readdir(path.join(workspaceDir, 'incidents'))).toEqual([]);

      // space again: the retry creates exactly one incident, with its starting state in the log
      spy.mockRestore();
      const created = await call('incident.create', INPUT);
      const after = await call('incident.list', {});
      expect(after.incidents.map((i) => i.id)).toEqual([created.id]);
      expect((await call('board.state', {})).logCount).toBe(1);
    });
  });
});
