#!/usr/bin/env node
// The command-line entry (`npx ketenbord <command>`). It runs the CLI from built JavaScript
// (out/cli/, made by scripts/build-cli.mjs with esbuild); when that build is missing or older
// than its sources it is rebuilt first (under a second), so a fresh checkout and an edited source
// both just work, and no start compiles TypeScript.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

// Node 22.1 and later keep V8's compiled code on disk (in the temp folder), so the second start no
// longer compiles pdfmake, pdfkit, fontkit and the CLI's own bundle again. Older Node lacks it.
module.enableCompileCache?.();

const entry = await ensureCliBuilt();
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
