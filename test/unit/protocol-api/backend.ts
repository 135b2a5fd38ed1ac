import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export interface TestBackend {
  ctx: AppContext;
  root: string;
  workspaceDir: string;
  /** through the real dispatcher (zod in and out); throws with the code and the Dutch text */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  raw(method: string, input: unknown): ReturnType<typeof dispatch>;
  close(): Promise<void>;
}

/** A real back end on a fresh temp workspace, as the browser host would start it. */
export async function startTestBackend(): Promise<TestBackend> {
  const root = await mkdtemp(join(tmpdir(), 'ketenbord-protocol-api-'));
  const workspaceDir = join(root, 'workspace');
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: join(root, 'config'),
    workspaceDir,
  });
  return {
    ctx,
    root,
    workspaceDir,
    async call(method, input) {
      const answer = await dispatch(ctx, method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.code}: ${answer.error.nl}`);
      return answer.result as MethodOutput<typeof method>;
    },
    raw: (method, input) => dispatch(ctx, method, input),
    async close() {
      await ctx.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
