import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md §3: arrows point one way. shared/ is pure (no electron, no node:*, no DOM), services
 * never import electron, nothing but the build imports renderer, services never import main.
 */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    specifiers.push(match[1] ?? match[2] ?? '');
  }
  return specifiers;
}

const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
  'util',
  'stream',
]);

describe('architecture', () => {
  it('shared/ imports no electron, no node built-ins and nothing outside shared/ except resources data', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('shared')) {
      for (const spec of importsOf(file)) {
        const resolved = spec.startsWith('.')
          ? path.relative('.', path.resolve(path.dirname(file), spec))
          : spec;
        const bad =
          spec === 'electron' ||
          spec.startsWith('node:') ||
          NODE_BUILTINS.has(spec) ||
          (spec.startsWith('.') && !resolved.startsWith('shared') && !resolved.startsWith('resources'));
        if (bad) offenders.push(`${file} → ${spec}`);
      }
      // (tsconfig.node.json, which also checks shared/, has no DOM library: this is a second net)
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      if (/\b(window|document|localStorage)\.\w/.test(code)) offenders.push(`${file} uses the DOM`);
    }
    expect(offenders).toEqual([]);
  });

  it('electron/services/ never imports electron, electron/main or the renderer', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('electron/services')) {
      for (const spec of importsOf(file)) {
        const resolved = spec.startsWith('.')
          ? path.relative('.', path.resolve(path.dirname(file), spec))
          : spec;
        if (spec === 'electron' || resolved.startsWith('electron/main') || resolved.startsWith('renderer')) {
          offenders.push(`${file} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the renderer reaches the back end only through the API client (no electron, services or node)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('renderer/src')) {
      for (const spec of importsOf(file)) {
        const resolved = spec.startsWith('.')
          ? path.relative('.', path.resolve(path.dirname(file), spec))
          : spec;
        if (spec === 'electron' || spec.startsWith('node:') || resolved.startsWith('electron')) {
          offenders.push(`${file} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
