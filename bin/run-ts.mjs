#!/usr/bin/env node
// Runs a TypeScript file's default export (used by `npm run bench`).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: run-ts.mjs FILE.ts');
  process.exit(2);
}
const mod = await import(pathToFileURL(path.resolve(file)).href);
if (typeof mod.default === 'function') await mod.default(process.argv.slice(3));
