import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_OWNER_IN_DIR } from '../../../electron/services/workspace/lock-dir';
import { LOCK_DIR_NAME, LOCK_STALE_MS } from '../../../electron/services/workspace/workspace-lock';
import { WorkspaceSession } from '../../../electron/services/workspace/workspace-session';
import { startWorkspaceHolder } from '../../fixtures/start-workspace-holder';
import { makeTempDir } from '../../fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await cleanup();
});

async function holdInChild(workspace: string): Promise<ChildProcess> {
  const { child, said } = startWorkspaceHolder(workspace);
  children.push(child);
  const line = await said;
  if (!line.startsWith('locked')) throw new Error(`child did not get the lock: ${line}`);
  return child;
}

const waitForExit = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('workspace lock', () => {
  it('a second instance (another process) opens the workspace read-only and says who holds it', async () => {
    const child = await holdInChild(dir);
    const second = await WorkspaceSession.open(dir, { create: false });
    try {
      expect(second.readOnly).toBe(true);
      expect(second.lockOwner?.pid).toBe(child.pid);
      expect(second.readOnlyReason()?.nl).toMatch(/^Alleen-lezen: .* werkt al in deze werkmap/);
      expect(() => second.assertWritable()).toThrow(/Read-only/);
    } finally {
      await second.close();
    }
  });

  it('recovers the lock of an app that crashed on this machine at once', async () => {
    const child = await holdInChild(dir);
    child.kill('SIGKILL');
    await waitForExit(child);
    const session = await WorkspaceSession.open(dir, { create: false });
    try {
      expect(session.readOnly).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('recovers a stale lock left by another machine once it has not been refreshed for a while', async () => {
    const lockDir = path.join(dir, LOCK_DIR_NAME);
    await fs.mkdir(lockDir);
    await fs.writeFile(
      path.join(lockDir, LOCK_OWNER_IN_DIR),
      JSON.stringify({
        host: 'laptop-op-de-netwerkschijf',
        pid: 1,
        user: 'collega',
        since: '2026-01-01T00:00:00.000Z',
        token: 'token-van-de-collega',
      }),
    );
    const fresh = await WorkspaceSession.open(dir, { create: false });
    expect(fresh.readOnly).toBe(true); // a fresh lock from another machine is respected
    expect(fresh.readOnlyReason()?.nl).toContain('laptop-op-de-netwerkschijf');
    await fresh.close();

    const old = new Date(Date.now() - LOCK_STALE_MS - 5_000);
    await fs.utimes(lockDir, old, old);
    const session = await WorkspaceSession.open(dir, { create: false });
    try {
      expect(session.readOnly).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('releases the lock on close so the next instance can write', async () => {
    const first = await WorkspaceSession.open(dir, { create: false });
    expect(first.readOnly).toBe(false);
    await first.close();
    const second = await WorkspaceSession.open(dir, { create: false });
    expect(second.readOnly).toBe(false);
    await second.close();
  });

  it('refuses a workspace that does not exist unless asked to create it', async () => {
    const missing = path.join(dir, 'bestaat-niet');
    await expect(WorkspaceSession.open(missing, { create: false })).rejects.toMatchObject({
      code: 'workspace.missing',
    });
    const created = await WorkspaceSession.open(missing, { create: true });
    expect(created.readOnly).toBe(false);
    if (process.platform !== 'win32') expect((await fs.stat(missing)).mode & 0o777).toBe(0o700);
    await created.close();
  });

  it('never resolves a document path outside the workspace', async () => {
    const session = await WorkspaceSession.open(dir, { create: false });
    try {
      expect(() => session.resolve('../buiten.json')).toThrow();
      expect(() => session.resolve('/etc/passwd')).toThrow();
      expect(session.resolve('incidents/a.json')).toBe(path.join(dir, 'incidents', 'a.json'));
    } finally {
      await session.close();
    }
  });
});
