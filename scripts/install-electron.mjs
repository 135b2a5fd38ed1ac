#!/usr/bin/env node
// Runs after `npm install` (and as `npm run install-electron`). Electron 42 and later no longer
// fetch their binary during install, so without this step `npm start` would have nothing to start.
// As part of install it never fails: offline, `npm run web` still works. Asked for explicitly
// (`--required`), a failure is an error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronPackageDir, installedElectronBinary } from './electron-binary.mjs';

const required = process.argv.includes('--required');

if (installedElectronBinary()) {
  console.log('Electron is al geïnstalleerd. / Electron is already installed.');
  process.exit(0);
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' && !required) {
  console.log(
    'Electron-programma niet gedownload (ELECTRON_SKIP_BINARY_DOWNLOAD=1). `npm run web` werkt wel; ' +
      'haal Electron later op met `npm run install-electron`.\n' +
      'Electron binary not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1). `npm run web` works; ' +
      'fetch Electron later with `npm run install-electron`.',
  );
  process.exit(0);
}
const installer = path.join(electronPackageDir, 'install.js');
if (!existsSync(installer)) {
  console.warn(
    'Het electron-pakket ontbreekt in node_modules. / The electron package is missing from node_modules.',
  );
  process.exit(required ? 1 : 0);
}

console.log('Electron-programma ophalen… / Downloading the Electron binary…');
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
// stderr is kept back: offline, the installer prints a long stack trace that buries our advice
const result = spawnSync(process.execPath, [installer], {
  stdio: ['inherit', 'inherit', 'pipe'],
  env,
  timeout: 10 * 60 * 1000,
  encoding: 'utf8',
});
if (result.status === 0 && installedElectronBinary()) {
  console.log('Electron is geïnstalleerd. / Electron is installed.');
  process.exit(0);
}
const reason =
  (result.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? String(result.error ?? '');
console.warn(`\nReden / reason: ${reason.trim()}`);
// Electron 45's installer needs Node 22.12 or later; on an older Node say so rather than leave a riddle
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.warn(
    `Let op: de desktop-app heeft Node 22.12 of nieuwer nodig; deze computer heeft Node ${process.versions.node}.\n` +
      `Note: the desktop app needs Node 22.12 or later; this machine has Node ${process.versions.node}.`,
  );
}
console.warn(
  '\nHet Electron-programma kon niet worden opgehaald (geen internet?). De installatie is verder gelukt.\n' +
    'Probeer later opnieuw met `npm run install-electron`, of gebruik Ketenbord in de browser met `npm run web`.\n' +
    'The Electron binary could not be downloaded (no internet?). The rest of the install succeeded.\n' +
    'Try again later with `npm run install-electron`, or use Ketenbord in the browser with `npm run web`.\n',
);
process.exit(required ? 1 : 0);
