#!/usr/bin/env node
// The command-line entry (`npx ketenbord <command>`). The back end is TypeScript run by tsx, so
// the CLI works straight after `npm install`, without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
