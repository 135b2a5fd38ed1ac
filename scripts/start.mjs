#!/usr/bin/env node
// `npm start`: builds the app and opens the Electron window. Without the Electron binary it says,
// in plain words, what is missing and what to do instead of failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { installedElectronBinary, projectRoot } from './electron-binary.mjs';

const binary = installedElectronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Ketenbord kan niet als desktop-app starten: het Electron-programma is niet geïnstalleerd.',
      '  • Met internet:    npm run install-electron   en daarna opnieuw   npm start',
      '  • Zonder internet: npm run web   (dezelfde app in uw browser, alleen op deze computer)',
      '',
      'Ketenbord cannot start as a desktop app: the Electron binary is not installed.',
      '  • With internet:    npm run install-electron   then   npm start   again',
      '  • Without internet: npm run web   (the same app in your browser, on this computer only)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const electronVite = path.join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, [projectRoot], { cwd: projectRoot, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
