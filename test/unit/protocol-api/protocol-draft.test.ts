import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { startBackend } from '../../../electron/services/backend';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let app: TestBackend;
beforeEach(async () => {
  app = await startTestBackend('ketenbord-draft-');
});
afterEach(async () => app.close());

const draftFile = () => join(app.workspaceDir, 'protocol.draft.json');
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('the protocol draft in the workspace', () => {
  it('is none at first, then kept durably in protocol.draft.json with mode 0600', async () => {
    expect(await app.call('protocol.draft.get', {})).toBeNull();
    const { protocol, revision } = await app.call('protocol.get', {});
    protocol.organisation.name = 'Half getypt';
    const { savedAt } = await app.call('protocol.draft.put', { baseRevision: revision, protocol });

    const onDisk = JSON.parse(await readFile(draftFile(), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ schemaVersion: 1, baseRevision: revision, savedAt });
    if (process.platform !== 'win32') expect((await stat(draftFile())).mode & 0o777).toBe(0o600);
    const back = await app.call('protocol.draft.get', {});
    expect(back?.baseRevision).toBe(revision);
    expect(
      ((back as NonNullable<typeof back>).protocol as { organisation: { name: string } }).organisation.name,
    ).toBe('Half getypt');
  });

  it('survives a restart of the back end on the same workspace', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    await app.call('protocol.draft.put', { baseRevision: revision, protocol: { ...protocol, x: 1 } });
    await app.ctx.close();
    const again = await startBackend({
      host: 'web',
      appVersion: 'test',
      configDir: join(app.root, 'config'),
      workspaceDir: app.workspaceDir,
    });
    const root = app.root;
    app.close = async () => {
      await again.close();
      await rm(root, { recursive: true, force: true });
    };
    const answer = await dispatch(again, 'protocol.draft.get', {});
    expect(answer.ok).toBe(true);
    if (answer.ok) expect((answer.result as { baseRevision: string } | null)?.baseRevision).toBe(revision);
  });

  it('is removed by discard, and by a save that succeeds, but kept by a refused save', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    await app.call('protocol.draft.put', { baseRevision: revision, protocol });
    expect(await app.call('protocol.draft.discard', {})).toEqual({ discarded: true });
    expect(await exists(draftFile())).toBe(false);
    expect(await app.call('protocol.draft.discard', {})).toEqual({ discarded: false });

    await app.call('protocol.draft.put', { baseRevision: revision, protocol });
    const refused = await app.call('protocol.save', { protocol, baseRevision: 'not-the-revision' });
    expect(refused.saved).toBe(false);
    expect(await exists(draftFile())).toBe(true);

    protocol.organisation.name = 'Opgeslagen';
    const saved = await app.call('protocol.save', { protocol, baseRevision: revision });
    expect(saved.saved).toBe(true);
    expect(await exists(draftFile())).toBe(false);
  });

  it('is removed when the whole protocol is replaced (demo, import)', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    await app.call('protocol.draft.put', { baseRevision: revision, protocol });
    await app.call('protocol.loadSample', { confirm: true });
    expect(await exists(draftFile())).toBe(false);
  });

  it('moves an unreadable draft aside instead of offering or overwriting it', async () => {
    await app.call('protocol.get', {});
    await writeFile(draftFile(), '{"schemaVersion": 1, "protocol": ', { mode: 0o600 });
    expect(await app.call('protocol.draft.get', {})).toBeNull();
    const names = await readdir(app.workspaceDir);
    expect(names).not.toContain('protocol.draft.json');
    const aside = names.find((n) => n.startsWith('protocol.draft.unreadable-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(app.workspaceDir, aside ?? ''), 'utf8')).toContain('"protocol": ');
  });

  it('keeps the last of many quick writes (they are applied in call order)', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.call('protocol.draft.put', { baseRevision: revision, protocol: { ...protocol, n: i } }),
      ),
    );
    const back = await app.call('protocol.draft.get', {});
    expect(((back as NonNullable<typeof back>).protocol as { n: number }).n).toBe(19);
    expect((await readdir(app.workspaceDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
