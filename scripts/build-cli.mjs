#!/usr/bin/env node
// Builds the command line (electron/cli) and its export worker into plain JavaScript under
// out/cli/, so `ketenbord` starts without compiling TypeScript (tsx took 6–8 s per start on a busy
// machine). esbuild, not electron-vite: one bundle in well under a second, so bin/ketenbord.mjs can
// rebuild on the spot when the sources changed, without building the renderer too.
//
// Layout: every build goes to its own folder out/cli/<id>/ and out/cli/current.json names the
// newest, replaced atomically. A CLI already running keeps loading its lazy chunks from its own
// folder while another process rebuilds; folders older than the current one are removed after a day.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out', 'cli');
const CURRENT = path.join(OUT, 'current.json');
const ENTRIES = {
  main: 'electron/cli/main.ts',
  // beside main.js, where render-in-worker.ts looks for a bundled worker
  'export-worker': 'electron/services/export/export-worker.ts',
};
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Dependencies bundled into the CLI rather than loaded from node_modules: pure JavaScript split
 * over hundreds of small ES modules (date-fns alone opened some 800 files for one report, zod and
 * libphonenumber-js about 100 each), whose resolving, reading and compiling cost more than the
 * report itself. Bundled, only the parts the CLI uses remain, in a few files. i18next (the text
 * catalogue, shared/i18n/translator.ts) is bundled too, so it stays a devDependency like for the
 * main process, which electron-vite bundles from devDependencies. Everything else stays
 * external: pdfkit, fontkit and resvg find their data files relative to themselves, and the large
 * CommonJS libraries (pdfmake, docx) load as they are, only when an export needs them.
 */
const BUNDLED = ['zod', 'date-fns', '@date-fns/tz', 'libphonenumber-js', 'i18next'];

/** A bare import's package name: 'date-fns/locale' → 'date-fns', '@date-fns/tz' → '@date-fns/tz'. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalExceptBundled = {
  name: 'external-except-bundled',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || BUNDLED.includes(packageOf(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

function readCurrent() {
  try {
    const current = JSON.parse(readFileSync(CURRENT, 'utf8'));
    return typeof current.dir === 'string' && Array.isArray(current.inputs) ? current : null;
  } catch {
    return null;
  }
}

/**
 * The current build, or null when it is missing or older than one of its sources. The check costs
 * one stat per source file the bundle was made from (esbuild's metafile lists them): a few ms.
 */
export function currentBuild() {
  const current = readCurrent();
  if (!current) return null;
  const main = path.join(OUT, current.dir, 'main.js');
  if (!existsSync(main)) return null;
  for (const input of current.inputs) {
    try {
      if (statSync(path.join(ROOT, input)).mtimeMs > current.builtAt) return null;
    } catch {
      return null; // a source was moved or removed
    }
  }
  return main;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const id = `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const outdir = path.join(OUT, id);
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // dependencies stay in node_modules but for the few in BUNDLED (see there why)
    plugins: [externalExceptBundled],
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  // the BUNDLED packages are copied into the build: an install that changes them changes the lock file
  if (existsSync(path.join(ROOT, 'package-lock.json'))) inputs.push('package-lock.json');
  await fs.mkdir(OUT, { recursive: true });
  const temp = `${CURRENT}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify({ dir: id, builtAt, inputs }, null, 2)}\n`);
  await fs.rename(temp, CURRENT);
  await removeOldBuilds(id);
  return path.join(outdir, 'main.js');
}

async function removeOldBuilds(keep) {
  const names = await fs.readdir(OUT).catch(() => []);
  for (const name of names) {
    if (name === keep || name === 'current.json' || name.endsWith('.tmp')) continue;
    const dir = path.join(OUT, name);
    const info = await fs.stat(dir).catch(() => null);
    if (info?.isDirectory() && Date.now() - info.mtimeMs > DAY_MS) {
      await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** The built CLI, built first when missing or stale. */
export async function ensureCliBuilt() {
  const main = currentBuild();
  if (main) return main;
  process.stderr.write('ketenbord: de opdrachtregel wordt gebouwd (eenmalig na een wijziging) …\n');
  return buildCli();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const main = await buildCli();
  console.log(`CLI gebouwd: ${path.relative(ROOT, main)}`);
}
