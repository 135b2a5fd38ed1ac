import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { makeTempDir } from '../../fixtures/temp-dir';

let root: string;
let cleanup: () => Promise<void>;
let ctx: AppContext | null = null;
const ws = () => path.join(root, 'ws');
const start = async () => {
  ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(root, 'cfg'),
    workspaceDir: ws(),
  });
  return ctx;
};

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir('ketenbord-ctx-'));
  await fs.mkdir(ws(), { recursive: true });
});
afterEach(async () => {
  await ctx?.close();
  ctx = null;
  await cleanup();
});

async function status(c: AppContext) {
  const result = await dispatch(c, 'workspace.status', {});
  if (!result.ok) throw new Error(result.error.en);
  return result.result as {
    problems: Array<{ document: string; newestGoodBackup: string | null; message: { nl: string } }>;
    error: { nl: string } | null;
    readOnly: boolean;
    dir: string | null;
  };
}

describe('workspace through the API', () => {
  it('reports a corrupt protocol.json in plain Dutch and restores the newest good backup', async () => {
    // two saves through the real store, so a backup of a good version exists
    const c = await start();
    const session = c.requireWorkspace();
    const { protocolDocument } = await import('../../../electron/services/protocol/protocol-document');
    const store = await session.document(protocolDocument, 'protocol.json');
    await store.update((p) => ({ ...p, organisation: { ...p.organisation, name: 'Dienst Test' } }));
    await store.update((p) => ({ ...p, organisation: { ...p.organisation, name: 'Dienst Test 2' } }));
    await c.close();
    await fs.writeFile(path.join(ws(), 'protocol.json'), '{ "schemaVersion": 2, "organisation": ');

    const c2 = await start();
    const s = await status(c2);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]?.document).toBe('protocol.json');
    expect(s.problems[0]?.message.nl).toMatch(/protocol\.json \(het protocol\) was beschadigd/);
    const names = await fs.readdir(ws());
    expect(names.some((n) => n.startsWith('protocol.json.corrupt-'))).toBe(true);

    const restored = await dispatch(c2, 'workspace.restoreBackup', {
      document: 'protocol.json',
      backup: s.problems[0]?.newestGoodBackup ?? '',
    });
    expect(restored.ok).toBe(true);
    expect((await status(c2)).problems).toHaveLength(0);
    const onDisk = JSON.parse(await fs.readFile(path.join(ws(), 'protocol.json'), 'utf8'));
    expect(onDisk.organisation.name).toBe('Dienst Test');
  });

  it('migrates a version 1 protocol.json (the first format) when the workspace opens', async () => {
    await fs.writeFile(
      path.join(ws(), 'protocol.json'),
      JSON.stringify({
        schemaVersion: 1,
        organisationName: 'Registratiedienst Oost',
        contacts: [{ name: 'Ada de Vries', phone: '06 12345678', email: 'ada@rdo.example' }],
      }),
    );
    const c = await start();
    expect((await status(c)).problems).toEqual([]);
    const { protocolDocument } = await import('../../../electron/services/protocol/protocol-document');
    const protocol = (await c.requireWorkspace().document(protocolDocument, 'protocol.json')).data;
    expect(protocol.schemaVersion).toBe(2);
    expect(protocol.organisation.name).toBe('Registratiedienst Oost');
    expect(protocol.people.map((p) => p.name)).toContain('Ada de Vries');
  });

  it('refuses a protocol.json from a newer app, does not touch it, and keeps the workspace open', async () => {
    const newer = JSON.stringify({ schemaVersion: 99, organisation: { name: 'Toekomst' } });
    await fs.writeFile(path.join(ws(), 'protocol.json'), newer);
    const c = await start();
    const s = await status(c);
    expect(s.dir).toBe(ws());
    expect(s.error).toBeNull();
    expect(s.problems.map((p) => p.document)).toEqual(['protocol.json']);
    expect(s.problems[0]?.message.nl).toMatch(/nieuwere versie van Ketenbord/);
    expect(await fs.readFile(path.join(ws(), 'protocol.json'), 'utf8')).toBe(newer);
  });
});
