import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { I18N_NAMESPACES, i18nResources } from '../../../shared/i18n/resources';

/**
 * Issue 13, one text layer: the renderer never decides the language itself. Only
 * shared/i18n/locale.ts compares a language with 'en'; everything else asks it or i18next's `t`.
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

// `x === 'en'`, `'en' === x`, `!== 'nl'`, `.startsWith('en')`: a switch of its own (comparing two settings is not)
const SWITCH = /[!=]==?\s*['"](?:en|nl)['"]|['"](?:en|nl)['"]\s*[!=]==?|startsWith\(\s*['"]en/;

/** Every key path of a nested text table: "logDialog.title", "nav.home", … */
function keysOf(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('one text layer in the renderer', () => {
  it('has no language switch outside shared/i18n/locale.ts', () => {
    const switches = sourceFiles(path.resolve('renderer/src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${path.relative('.', file)}:${i + 1}` }))
        .filter(({ line }) => SWITCH.test(line) && !line.startsWith('//') && !line.startsWith('*')),
    );
    expect(switches).toEqual([]);
  });

  it('loads every namespace the catalogue has', () => {
    expect([...I18N_NAMESPACES].sort()).toEqual(Object.keys(i18nResources.nl).sort());
    expect(Object.keys(i18nResources.en).sort()).toEqual(Object.keys(i18nResources.nl).sort());
  });

  it('has every Dutch text in English too, and no English text without a Dutch one', () => {
    for (const ns of Object.keys(i18nResources.nl) as (keyof typeof i18nResources.nl)[]) {
      expect(keysOf(i18nResources.en[ns]).sort(), ns).toEqual(keysOf(i18nResources.nl[ns]).sort());
    }
  });
});
