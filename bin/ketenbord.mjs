#!/usr/bin/env node
// The command-line entry (`npx ketenbord <command>`). It runs the CLI from built JavaScript
// (out/cli/, made by scripts/build-cli.mjs with esbuild); when that build is missing or older
// than its sources it is rebuilt first (under a second), so a fresh checkout and an edited source
// both just work, and no start compiles TypeScript.
import { pathToFileURL } from 'node:url';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

const entry = await ensureCliBuilt();
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
