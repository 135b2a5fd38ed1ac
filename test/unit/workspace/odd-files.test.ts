import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { makeTempDir } from '../../fixtures/temp-dir';

let root: string;
let cleanup: () => Promise<void>;
let ctx: AppContext | null = null;
const ws = () => path.join(root, 'ws');
const SAMPLE = path.resolve('resources/sample/sample-protocol.json');

async function start(workspaceDir = ws()) {
  await ctx?.close();
  ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(root, 'cfg'),
    workspaceDir,
  });
  return ctx;
}
async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const answer = await dispatch(ctx as AppContext, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code}: ${answer.error.nl}`);
  return answer.result as MethodOutput<M>;
}
async function refused(method: MethodName, input: unknown) {
  const answer = await dispatch(ctx as AppContext, method, input);
  if (answer.ok) throw new Error(`${method} should have been refused`);
  return answer.error;
}

const newIncident: MethodInput<'incident.create'> = {
  title: 'Storing klantportaal',
  detectedAt: '2026-03-01T08:00:00.000Z',
  natures: ['unavailability'],
  visibility: {
    internal: 'certain',
    outsourcingPartners: 'no',
    chainPartners: 'no',
    customers: 'likely',
    public: 'no',
  },
  phase: 'problemUnclear',
  isExercise: false,
  author: 'Anouk',
};

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir('ketenbord-odd-'));
  await fs.mkdir(ws());
});
afterEach(async () => {
  await ctx?.close();
  ctx = null;
  await cleanup();
});

describe('a damaged or newer incident file', () => {
  it('is listed as unreadable with the reason and a backup; its log stays readable; the backup brings it back', async () => {
    await start();
    const incident = await call('incident.create', newIncident);
    await call('incident.update', {
      id: incident.id,
      author: 'Anouk',
      title: 'Storing klantportaal (update)',
    });
    await call('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: 'Eerste melding' },
    });
    await ctx?.close();
    const file = path.join(ws(), 'incidents', `${incident.id}.json`);
    await fs.writeFile(file, '{"schemaVersion": 1, "id": "afgebro');

    await start();
    const list = await call('incident.list', {});
    expect(list.incidents).toEqual([]);
    expect(list.unreadable).toHaveLength(1);
    const [unreadable] = list.unreadable ?? [];
    expect(unreadable).toMatchObject({
      id: incident.id,
      document: `incidents/${incident.id}.json`,
      hasLog: true,
    });
    expect(unreadable?.reason.nl).toMatch(/beschadigd/);
    expect(unreadable?.reason.en).toMatch(/damaged/);
    expect(unreadable?.newestGoodBackup).toMatch(/\.json$/);
    expect((await call('log.incidents', {})).unreadable?.map((u) => u.id)).toEqual([incident.id]);

    // the log of the unreadable incident: listed, verified, exported — but no new entries
    const log = await call('log.list', { incidentId: incident.id, offset: 0, limit: 50 });
    expect(log.total).toBeGreaterThanOrEqual(3);
    expect((await call('log.verify', { incidentId: incident.id })).ok).toBe(true);
    const refusal = await refused('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: 'kan niet' },
    });
    expect(refusal.code).toBe('incident.unreadable');
    expect(refusal.nl).toMatch(/kan niet worden gelezen/);

    await call('workspace.restoreBackup', {
      document: unreadable?.document ?? '',
      backup: unreadable?.newestGoodBackup ?? '',
    });
    const after = await call('incident.list', {});
    expect(after.incidents.map((i) => i.title)).toEqual(['Storing klantportaal']);
    expect(after.unreadable).toEqual([]);
    await call('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: 'weer terug' },
    });
  });

  it('a newer-format incident is listed as unreadable and left exactly as it was', async () => {
    await start();
    const incident = await call('incident.create', newIncident);
    await ctx?.close();
    const file = path.join(ws(), 'incidents', `${incident.id}.json`);
    const newer = JSON.stringify({ ...incident, schemaVersion: 99, extra: 'uit de toekomst' });
    await fs.writeFile(file, newer);

    await start();
    const list = await call('incident.list', {});
    expect(list.unreadable?.[0]?.reason.nl).toMatch(/nieuwere versie van Ketenbord/);
    expect(await fs.readFile(file, 'utf8')).toBe(newer);
    expect((await fs.readdir(path.join(ws(), 'incidents'))).filter((n) => n.includes('corrupt'))).toEqual([]);
    expect((await call('log.list', { incidentId: incident.id, offset: 0, limit: 10 })).total).toBeGreaterThan(
      0,
    );
  });
});

describe('a bad protocol.json leaves incidents and logs usable', () => {
  const cases: Array<{
    name: string;
    make: (file: string) => Promise<void>;
    leftAlone: boolean;
    words: RegExp;
  }> = [
    { name: 'folder-shaped', make: (f) => fs.mkdir(f), leftAlone: true, words: /geen bestand maar een map/ },
    {
      name: 'newer-format',
      make: (f) => fs.writeFile(f, JSON.stringify({ schemaVersion: 99 })),
      leftAlone: true,
      words: /nieuwere versie/,
    },
    { name: 'null', make: (f) => fs.writeFile(f, 'null\n'), leftAlone: false, words: /beschadigd/ },
    {
      name: 'invalid',
      make: (f) => fs.writeFile(f, JSON.stringify({ schemaVersion: 2, organisation: 42 })),
      leftAlone: false,
      words: /beschadigd/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: the workspace opens, says what is wrong, and incidents and logs work`, async () => {
      const file = path.join(ws(), 'protocol.json');
      await c.make(file);
      await start();
      const status = await call('workspace.status', {});
      expect(status.error).toBeNull();
      expect(status.dir).toBe(ws());
      expect(status.problems.map((p) => p.document)).toEqual(['protocol.json']);
      expect(status.problems[0]?.message.nl).toMatch(c.words);

      const incident = await call('incident.create', newIncident);
      await call('log.append', {
        incidentId: incident.id,
        author: 'Anouk',
        body: { kind: 'note', summary: 'gaat door' },
      });
      const board = await call('board.state', { incidentId: incident.id });
      expect(board.incident?.id).toBe(incident.id);
      expect(board.matrixIsCip).toBe(true); // the board runs on the CIP matrix meanwhile
      expect(
        (await call('log.list', { incidentId: incident.id, offset: 0, limit: 10 })).total,
      ).toBeGreaterThan(1);

      if (c.leftAlone) {
        // left where it is, and never overwritten by a save of the defaults
        expect((await refused('protocol.get', {})).nl).toMatch(c.words);
        const save = await dispatch(ctx as AppContext, 'protocol.loadSample', { confirm: true });
        expect(save.ok).toBe(false);
        if (c.name === 'folder-shaped') expect((await fs.stat(file)).isDirectory()).toBe(true);
        else expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ schemaVersion: 99 });
      } else {
        // damage, not absence: set aside and reported (a null is not silently "no protocol yet")
        const names = await fs.readdir(ws());
        expect(names.some((n) => n.startsWith('protocol.json.corrupt-'))).toBe(true);
      }
    });
  }

  it('a protocol.json saved by Notepad with a UTF-8 byte-order mark is read as it is', async () => {
    const sample = await fs.readFile(SAMPLE, 'utf8');
    await fs.writeFile(path.join(ws(), 'protocol.json'), `\uFEFF${sample}`);
    await start();
    expect((await call('workspace.status', {})).problems).toEqual([]);
    expect((await call('protocol.get', {})).protocol.organisation.name).toBe(
      'Dienst Uitkeringen en Registratie',
    );
  });
});

describe('workspace.open only makes a workspace where that is expected', () => {
  it('refuses a folder with other files (a home folder), says why, and leaves it untouched', async () => {
    await start();
    const home = path.join(root, 'home');
    await fs.mkdir(path.join(home, 'Documenten'), { recursive: true });
    await fs.writeFile(path.join(home, 'boodschappen.txt'), 'melk');
    const before = (await fs.readdir(home)).sort();
    const refusal = await refused('workspace.open', { dir: home, create: true });
    expect(refusal.code).toBe('workspace.notEmpty');
    expect(refusal.nl).toMatch(/geen Ketenbord-werkmap en is niet leeg/);
    expect(refusal.en).toMatch(/not a Ketenbord workspace and is not empty/);
    expect((await fs.readdir(home)).sort()).toEqual(before);
    // the open workspace stays open
    expect((await call('workspace.status', {})).dir).toBe(ws());
  });

  it('opens an empty folder (OS litter aside), a new folder and an existing workspace', async () => {
    await start();
    const empty = path.join(root, 'leeg');
    await fs.mkdir(empty);
    await fs.writeFile(path.join(empty, '.DS_Store'), '');
    expect((await call('workspace.open', { dir: empty, create: true })).dir).toBe(empty);
    const fresh = path.join(root, 'nieuw', 'werkmap');
    expect((await call('workspace.open', { dir: fresh, create: true })).dir).toBe(fresh);
    const existing = path.join(root, 'bestaand');
    await fs.mkdir(existing);
    await fs.copyFile(SAMPLE, path.join(existing, 'protocol.json'));
    await fs.writeFile(path.join(existing, 'aantekeningen.txt'), 'van de gebruiker');
    expect((await call('workspace.open', { dir: existing, create: false })).dir).toBe(existing);
  });
});
