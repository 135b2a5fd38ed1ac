import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeStartupFailure,
  failStartup,
  STARTUP_FAILURE_TITLE,
} from '../../../electron/main/startup-failure';
import { startBackend } from '../../../electron/services/backend';
import { makeTempDir } from '../../fixtures/temp-dir';

/**
 * Issue 10: a failing Electron start-up left a process with no window and no word. The handling is
 * a small function with Electron's dialog.showErrorBox and app.exit passed in; here they are
 * recorders, and the failures are real ones from the real back end on real folders.
 */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('ketenbord-startup-');
});
afterEach(async () => {
  await chmod(temp.dir, 0o700).catch(() => undefined);
  await temp.cleanup();
});

/** Starts the back end as Electron's main does and, when that throws, runs the failure handling. */
async function startLikeMain(configDir: string) {
  const dialogs: Array<{ title: string; content: string }> = [];
  const exits: number[] = [];
  const events: string[] = [];
  try {
    const ctx = await startBackend({
      host: 'electron',
      appVersion: 'test',
      configDir,
      workspaceDir: path.join(temp.dir, 'ws'),
    });
    await ctx.close();
  } catch (error) {
    await failStartup(error, {
      showErrorBox: (title, content) => {
        events.push('dialog');
        dialogs.push({ title, content });
      },
      exit: (code) => {
        events.push('exit');
        exits.push(code);
      },
      cleanup: async () => {
        events.push('cleanup');
      },
    });
  }
  return { dialogs, exits, events };
}

describe('a failing start-up', () => {
  it('settings.json from a newer Ketenbord: an error dialog with the reason, then exit 1', async () => {
    const configDir = path.join(temp.dir, 'config');
    await mkdir(configDir);
    const settings = JSON.stringify({ schemaVersion: 99, language: 'nl' });
    await writeFile(path.join(configDir, 'settings.json'), settings);

    const { dialogs, exits, events } = await startLikeMain(configDir);
    expect(events).toEqual(['dialog', 'cleanup', 'exit']);
    expect(exits).toEqual([1]);
    expect(dialogs[0]?.title).toBe(STARTUP_FAILURE_TITLE);
    expect(dialogs[0]?.content).toMatch(/^settings\.json is gemaakt met een nieuwere versie van Ketenbord/);
    expect(dialogs[0]?.content).toContain('settings.json was made by a newer version of Ketenbord');
    // refused, never downgraded: the file is as it was
    expect(await readFile(path.join(configDir, 'settings.json'), 'utf8')).toBe(settings);
  });

  // root reads any folder whatever its mode, so this runs only as an ordinary user (as the app does);
  // checked by hand as `nobody` on the development machine, which runs the tests as root
  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)(
    'a settings folder it may not read (EACCES): the folder and what to do, no errno',
    async () => {
      const configDir = path.join(temp.dir, 'config');
      await mkdir(configDir);
      await chmod(configDir, 0o000);
      const { dialogs, exits } = await startLikeMain(configDir);
      expect(exits).toEqual([1]);
      expect(dialogs[0]?.content).toContain('Ketenbord mag');
      expect(dialogs[0]?.content).toContain(configDir);
      expect(dialogs[0]?.content).not.toContain('EACCES');
    },
  );

  it('EACCES as Node reports it is put in plain words with the folder', () => {
    const error = Object.assign(
      new Error("EACCES: permission denied, scandir '/home/anouk/.config/Ketenbord'"),
      {
        code: 'EACCES',
        syscall: 'scandir',
        path: '/home/anouk/.config/Ketenbord',
      },
    );
    const reason = describeStartupFailure(error);
    expect(reason.nl).toBe(
      'Ketenbord mag /home/anouk/.config/Ketenbord niet lezen of beschrijven. Geef uw gebruiker daar rechten op en start opnieuw.',
    );
    expect(reason.en).toContain('Ketenbord may not read or write /home/anouk/.config/Ketenbord');
    expect(`${reason.nl} ${reason.en}`).not.toContain('EACCES');
  });

  it('still exits when the dialog itself fails', async () => {
    const exits: number[] = [];
    await failStartup(new Error('kapot'), {
      showErrorBox: () => {
        throw new Error('no display');
      },
      exit: (code) => exits.push(code),
    });
    expect(exits).toEqual([1]);
  });
});
