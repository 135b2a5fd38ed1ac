import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROBOTO_PATHS, SYMBOLS_PATH } from '../../../electron/services/document/engines/pdfmake-engine';

/**
 * Issue 13: `npm run dist` cannot run here (no Electron binary, no download), so the packaging
 * settings are checked where they are written: electron-builder.yml, read with js-yaml (the parser
 * electron-builder itself uses) and matched with minimatch (as electron-builder matches its globs),
 * against the real files the app hands to native code.
 */
const root = path.resolve(__dirname, '../../..');
const configSchema = z.object({
  files: z.array(z.string()),
  asar: z.boolean(),
  asarUnpack: z.array(z.string()),
  electronFuses: z.record(z.string(), z.boolean()),
});
const config = configSchema.parse(load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')));

const matchesAny = (file: string, patterns: readonly string[]) =>
  patterns.some((p) => !p.startsWith('!') && minimatch(file, p, { dot: true }));
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

describe('electron-builder.yml', () => {
  it('packs into an asar and unpacks what native code must read: resvg and every font it is given', () => {
    expect(config.asar).toBe(true);
    const resvgPackages = readdirSync(path.join(root, 'node_modules', '@resvg'));
    const nativeBinaries = resvgPackages.flatMap((dir) =>
      readdirSync(path.join(root, 'node_modules', '@resvg', dir))
        .filter((f) => f.endsWith('.node'))
        .map((f) => `node_modules/@resvg/${dir}/${f}`),
    );
    expect(nativeBinaries.length).toBeGreaterThan(0);
    for (const binary of nativeBinaries) expect(matchesAny(binary, config.asarUnpack), binary).toBe(true);
    // the very paths the PDF engine and resvg open (image-png.ts passes them through outsideAsar)
    const fonts = [...Object.values(ROBOTO_PATHS), ...(SYMBOLS_PATH ? [SYMBOLS_PATH] : [])].map(relative);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) expect(matchesAny(font, config.asarUnpack), font).toBe(true);
    // and nothing of the app's own code is unpacked (it stays inside the checked asar)
    expect(matchesAny('out/main/index.js', config.asarUnpack)).toBe(false);
  });

  it('ships the built app and its resources, never tests or sources', () => {
    for (const shipped of [
      'out/main/index.js',
      'out/renderer/index.html',
      'resources/fonts/DejaVuSans.ttf',
      'package.json',
    ])
      expect(matchesAny(shipped, config.files), shipped).toBe(true);
    const left = [
      'test/unit/packaging/electron-builder-config.test.ts',
      'test/e2e/fixtures.ts',
      'electron/main.ts',
      'renderer/src/main.tsx',
      'shared/api/contract.ts',
      'bench/index.ts',
      'scripts/dist-check.mjs',
      'docs/README.md',
      'README.md',
      'tsconfig.json',
    ];
    for (const file of left) expect(matchesAny(file, config.files), file).toBe(false);
  });

  it('states the security fuses: no plain Node, no NODE_OPTIONS or --inspect, only its own checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
});
