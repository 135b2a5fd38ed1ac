import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export interface TestBackend {
  ctx: AppContext;
  workspaceDir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** the error code of a call that must fail */
  fail<M extends MethodName>(method: M, input: MethodInput<M>): Promise<string>;
}

/** A real back end on a fresh temp workspace, optionally with the fictitious DUR protocol in it. */
export async function withBackend<T>(
  options: { sample: boolean },
  fn: (backend: TestBackend) => Promise<T>,
): Promise<T> {
  const root = await mkdtemp(path.join(tmpdir(), 'ketenbord-incident-'));
  const workspaceDir = path.join(root, 'workspace');
  const configDir = path.join(root, 'config');
  let ctx: AppContext | null = null;
  try {
    if (options.sample) {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(workspaceDir, { recursive: true });
      await copyFile(
        path.resolve('resources/sample/sample-protocol.json'),
        path.join(workspaceDir, 'protocol.json'),
      );
    }
    ctx = await startBackend({ host: 'web', appVersion: 'test', configDir, workspaceDir });
    const c = ctx;
    const backend: TestBackend = {
      ctx: c,
      workspaceDir,
      async call(method, input) {
        const result = await dispatch(c, method, input);
        if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.en}`);
        return result.result as never;
      },
      async fail(method, input) {
        const result = await dispatch(c, method, input);
        if (result.ok) throw new Error(`${method} should have failed`);
        return result.error.code;
      },
    };
    return await fn(backend);
  } finally {
    await ctx?.close();
    await rm(root, { recursive: true, force: true });
  }
}

export const VISIBLE_INTERNAL_AND_CHAIN = {
  internal: 'certain',
  outsourcingPartners: 'no',
  chainPartners: 'likely',
  customers: 'no',
  public: 'no',
} as const;
