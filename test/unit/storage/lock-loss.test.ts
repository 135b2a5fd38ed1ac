import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import { LOCK_OWNER_IN_DIR } from '../../../electron/services/workspace/lock-dir';
import { LOCK_DIR_NAME } from '../../../electron/services/workspace/workspace-lock';
import { WorkspaceSession } from '../../../electron/services/workspace/workspace-session';
import { startWorkspaceHolder } from '../../fixtures/start-workspace-holder';
import { makeTempDir } from '../../fixtures/temp-dir';
import { noteSpec } from './test-spec';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];
const sessions: WorkspaceSession[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-lockloss-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const session of sessions.splice(0)) await session.close();
  await cleanup();
});

async function holdInChild(workspace: string): Promise<string> {
  const { child, said } = startWorkspaceHolder(workspace);
  children.push(child);
  return said;
}

const note = { kind: 'note' as const, summary: 'voor het verlies' };
const ctx = { author: 'Anouk', phase: 'problemUnclear' as const };

describe('losing the workspace lock', () => {
  it('another copy takes over: every store and journal opened before the loss refuses its next write', async () => {
    // A long stale time, so our own refresh timer cannot touch the lock while the test makes it old.
    const session = await WorkspaceSession.open(dir, { create: false, lockTiming: { staleMs: 600_000 } });
    sessions.push(session);
    const store = await session.document(noteSpec, 'note.json');
    await store.update((d) => ({ ...d, title: 'van ons' }));
    const journal = await incidentJournal(session, 'inc-verlies');
    await journal.append(note, ctx);
    expect(session.readOnly).toBe(false);

    // As if this laptop slept on a network share: the lock goes stale and another copy takes it.
    const lockDir = path.join(dir, LOCK_DIR_NAME);
    const old = new Date(Date.now() - 20 * 60_000);
    await fs.utimes(lockDir, old, old);
    expect(await holdInChild(dir)).toBe('locked');
    const thief = JSON.parse(await fs.readFile(path.join(lockDir, LOCK_OWNER_IN_DIR), 'utf8'));
    expect(thief.pid).not.toBe(process.pid);

    const noteBefore = await fs.readFile(path.join(dir, 'note.json'));
    const logBefore = await fs.readFile(journal.filePath);
    await expect(store.update((d) => ({ ...d, title: 'na het verlies' }))).rejects.toMatchObject({
      code: 'workspace.readOnly',
      nl: expect.stringMatching(/overgenomen door een ander exemplaar/),
    });
    await expect(journal.append({ ...note, summary: 'na het verlies' }, ctx)).rejects.toMatchObject({
      code: 'workspace.readOnly',
    });
    expect(session.readOnly).toBe(true);
    expect(session.readOnlyReason()?.en).toMatch(/took over the lock/);
    // a store opened after the loss is read-only from the start
    const later = await session.document(noteSpec, 'later.json');
    await expect(later.update((d) => d)).rejects.toMatchObject({ code: 'document.readOnly' });
    expect(await fs.readFile(path.join(dir, 'note.json'))).toEqual(noteBefore);
    expect(await fs.readFile(journal.filePath)).toEqual(logBefore);
    await expect(fs.access(path.join(dir, 'later.json'))).rejects.toThrow();
  });

  it('proper-lockfile reports the lock compromised: the session turns read-only without waiting for a write', async () => {
    const session = await WorkspaceSession.open(dir, {
      create: false,
      lockTiming: { staleMs: 2_000, updateMs: 1_000 },
    });
    sessions.push(session);
    const lost = vi.fn();
    session.onLockLost(lost);
    const store = await session.document(noteSpec, 'note.json');
    await store.update((d) => ({ ...d, title: 'van ons' }));

    // someone moves our lock away (a take-over elsewhere on the share): the refresh finds it gone
    await fs.rename(path.join(dir, LOCK_DIR_NAME), path.join(dir, 'lock-van-een-ander'));
    await vi.waitFor(() => expect(lost).toHaveBeenCalledOnce(), { timeout: 15_000, interval: 100 });
    expect(session.readOnly).toBe(true);
    await expect(store.update((d) => ({ ...d, title: 'te laat' }))).rejects.toMatchObject({
      code: 'workspace.readOnly',
    });
    expect(JSON.parse(await fs.readFile(path.join(dir, 'note.json'), 'utf8')).title).toBe('van ons');
  });

  it('the lock folder is 0700 and its owner file 0600, and a released lock leaves nothing behind', async () => {
    const session = await WorkspaceSession.open(dir, { create: false });
    const lockDir = path.join(dir, LOCK_DIR_NAME);
    if (process.platform !== 'win32') {
      expect((await fs.stat(lockDir)).mode & 0o777).toBe(0o700);
      expect((await fs.stat(path.join(lockDir, LOCK_OWNER_IN_DIR))).mode & 0o777).toBe(0o600);
    }
    await session.close();
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('.ketenbord'))).toEqual([]);
  });
});
