import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * pdfmake's private modules and docx's private compiler are used in one engine module each
 * (electron/services/document/engines/), which says why and how to upgrade; nothing else may
 * reach inside, or an upgrade would break in places nobody checks.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) ? [full] : [];
  });
}

const ENGINES = path.join('electron', 'services', 'document', 'engines');

describe('library internals', () => {
  it('only the engine modules load pdfmake/js/* or use docx’s Packer.compiler', () => {
    const users: string[] = [];
    for (const root of ['electron', 'shared', 'renderer/src', 'bench']) {
      for (const file of sourceFiles(root)) {
        const code = readFileSync(file, 'utf8');
        if (
          /pdfmake\/js\//.test(code) ||
          /\bcompiler\b[\s\S]{0,80}\.compile\(|Packer as unknown/.test(code)
        ) {
          users.push(file);
        }
      }
    }
    expect(users.sort()).toEqual([
      path.join(ENGINES, 'docx-engine.ts'),
      path.join(ENGINES, 'pdfmake-engine.ts'),
    ]);
  });

  it('both libraries are pinned to an exact version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const name of ['pdfmake', 'pdfkit', 'docx'])
      expect(pkg.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
