import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { journalPath } from '../../../electron/services/incident/incident-document';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { SCRIPTED_INCIDENT_ID, writeScriptedExercise } from '../../fixtures/scripted-exercise';

const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

async function open(root: string): Promise<AppContext> {
  return startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: join(root, 'config'),
    workspaceDir: join(root, 'ws'),
  });
}

async function call<M extends MethodName>(
  ctx: AppContext,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const answer = await dispatch(ctx, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.nl}`);
  return answer.result as MethodOutput<M>;
}

describe('opening an incident whose log was cut while the app was closed', () => {
  it('shows a workspace problem in both languages and marks the row where the log now ends', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ketenbord-anchor-open-'));
    roots.push(root);
    const first = await open(root);
    await writeScriptedExercise(first.requireWorkspace(), { withEvaluation: false });
    const file = first.requireWorkspace().resolve(journalPath(SCRIPTED_INCIDENT_ID));
    await first.close();

    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    const kept = lines.length - 2;
    await writeFile(file, `${lines.slice(0, kept).join('\n')}\n`);

    const second = await open(root);
    try {
      const list = await call(second, 'log.list', {
        incidentId: SCRIPTED_INCIDENT_ID,
        offset: 0,
        limit: 500,
      });
      const marked = list.rows.filter((r) => r.integrityBreak);
      expect(marked.map((r) => r.entry.seq)).toEqual([kept]);
      expect(marked[0]?.integrityBreak?.reason).toContain('2 regels weggehaald');
      expect(marked[0]?.integrityBreak?.reasonEn).toContain('2 lines were removed');

      const status = await call(second, 'workspace.status', {});
      const problem = status.problems.find((p) =>
        p.message.nl.includes('Logboek niet meer zoals vastgelegd'),
      );
      expect(problem?.message.en).toContain('Log no longer as recorded');

      // the writer re-anchored on opening, but the finding stays on record for every later check
      const verified = await call(second, 'log.verify', { incidentId: SCRIPTED_INCIDENT_ID });
      expect(verified.ok).toBe(false);
      expect(verified.count).toBe(kept);
      expect(verified.firstBreak?.reason).toContain('2 regels weggehaald');
    } finally {
      await second.close();
    }
  });
});
