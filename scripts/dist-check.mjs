// npm run dist:check — packs the desktop app into a folder (electron-builder --dir) where the
// Electron binary is on this machine, and otherwise says plainly that it skipped and why.
// `npm run dist` would download Electron; this check never does (no surprise downloads, offline).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronPackageDir, installedElectronBinary, projectRoot } from './electron-binary.mjs';

const binary = installedElectronBinary();
if (!binary) {
  const where = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? `ELECTRON_OVERRIDE_DIST_PATH (${process.env.ELECTRON_OVERRIDE_DIST_PATH}) has no electron binary`
    : `${path.relative(projectRoot, path.join(electronPackageDir, 'dist'))} has no electron binary`;
  console.log(
    [
      'dist:check overgeslagen: het Electron-programma staat niet op deze machine, en deze controle downloadt het niet.',
      'dist:check skipped: the Electron binary is not on this machine, and this check does not download it.',
      `  (${where}; fetch it with "npm run install-electron" or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron, then run this again)`,
      'The settings in electron-builder.yml are still checked by test/unit/packaging/electron-builder-config.test.ts.',
    ].join('\n'),
  );
  process.exit(0);
}

const electronDist = path.dirname(binary);
const bin = (name) => path.join(projectRoot, 'node_modules', '.bin', name);
const run = (command, args) => {
  console.log(`> ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// a fresh build: the check packs what the sources say now, not an old out/
run(bin('electron-vite'), ['build']);
// the unpacked Electron of this machine, so electron-builder needs no download
run(bin('electron-builder'), ['--dir', `--config.electronDist=${electronDist}`]);
const unpacked = path.join(projectRoot, 'dist');
console.log(
  existsSync(unpacked)
    ? `dist:check klaar / done: the unpacked app is in ${path.relative(projectRoot, unpacked)}/`
    : 'dist:check: electron-builder reported success, but dist/ is missing',
);
