import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Roboto fonts that ship with pdfmake (build/fonts/Roboto). They are read once into memory and
 * handed to pdfmake's virtual file system, so pdfmake itself never needs file or network access.
 */
export const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let cache: Map<string, Buffer> | undefined;

function robotoDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
}

/** File name → font bytes, for all four Roboto styles. */
export function loadRobotoFonts(): Map<string, Buffer> {
  if (!cache) {
    const dir = robotoDir();
    cache = new Map(Object.values(ROBOTO_FILES).map((name) => [name, readFileSync(join(dir, name))]));
  }
  return cache;
}
