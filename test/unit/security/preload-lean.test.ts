import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNames } from '../../../scripts/gen-api-names';
import { apiContract } from '../../../shared/api/contract';
import { apiEvents } from '../../../shared/api/events';
import { METHOD_NAME_LIST } from '../../../shared/api/names';

const root = path.resolve(__dirname, '../../..');

/** Relative imports of a module and everything it imports, as paths under the project. */
async function importGraph(entry: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = await readFile(path.join(root, entry), 'utf8');
  for (const [, spec] of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
    if (spec === undefined) continue;
    if (!spec.startsWith('.')) {
      seen.add(spec);
      continue;
    }
    await importGraph(`${path.join(path.dirname(entry), spec)}.ts`, seen);
  }
  return seen;
}

describe('the preload stays a few kilobytes', () => {
  it('imports only electron, the channel names and the generated name list — never the contract or zod', async () => {
    const graph = await importGraph('electron/preload/index.ts');
    expect([...graph].sort()).toEqual(
      ['electron', 'electron/preload/index.ts', 'shared/api/channels.ts', 'shared/api/names.ts'].sort(),
    );
  });

  it('the committed name list is what the generator writes from the contract', async () => {
    const committed = await readFile(path.join(root, 'shared/api/names.ts'), 'utf8');
    expect(committed).toBe(renderNames());
    expect([...METHOD_NAME_LIST].sort()).toEqual(Object.keys(apiContract).sort());
    expect(Object.keys(apiEvents).length).toBeGreaterThan(0);
  });
});
