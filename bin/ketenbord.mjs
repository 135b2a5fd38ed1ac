#!/usr/bin/env node
// The command-line entry (`npx ketenbord <command>`). It runs the CLI from built JavaScript
// (out/cli/, made by scripts/build-cli.mjs with esbuild); when that build is missing or older
// than its sources it is rebuilt first (under a second), so a fresh checkout and an edited source
// both just work, and no start compiles TypeScript.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

// Node 22.1 and later keep V8's compiled code on disk (in the temp folder), so the second start no
// longer compiles pdfmake, pdfkit, fontkit and the CLI's own bundle again. Older Node lacks it.
module.enableCompileCache?.();

// A one-shot command (all but `serve`) is over in a second or a few: V8's optimising compiler,
// tiering up every function that has run a little while, spent more CPU than it saved (a small PDF
// report took about 25 % less CPU with a six times larger budget before tier-up). Hot loops of a
// large export still get optimised, a little later. The long-running server keeps V8's default.
if (process.argv[2] !== 'serve') v8.setFlagsFromString('--interrupt-budget=400000');

const entry = await ensureCliBuilt();
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
