import { isAppError } from '../../shared/errors/app-error';

/** What the failure handling needs from Electron, passed in so it is tested without Electron. */
export interface StartupFailureDeps {
  /** dialog.showErrorBox: modal, works before any window exists */
  showErrorBox(title: string, content: string): void;
  /** app.exit: ends the process at once with this code */
  exit(code: number): void;
  /** closes what did start (the workspace lock, journals), so the next start finds it free */
  cleanup?: () => Promise<void>;
  log?: (message: string, error: unknown) => void;
}

export const STARTUP_FAILURE_TITLE = 'Ketenbord kan niet starten / Ketenbord cannot start';

/**
 * A start that fails (settings from a newer Ketenbord, a settings folder it may not read) must not
 * leave a process without a window and without a word: say why in both languages, release what was
 * taken, and quit with a non-zero code.
 */
export async function failStartup(error: unknown, deps: StartupFailureDeps): Promise<void> {
  deps.log?.('[main] start-up failed', error);
  const reason = describeStartupFailure(error);
  try {
    deps.showErrorBox(STARTUP_FAILURE_TITLE, `${reason.nl}\n\n${reason.en}`);
  } catch (dialogError) {
    deps.log?.('[main] could not show the error dialog', dialogError);
  }
  try {
    await deps.cleanup?.();
  } catch (cleanupError) {
    deps.log?.('[main] clean-up after a failed start failed', cleanupError);
  }
  deps.exit(1);
}

/** The reason in plain words: an AppError says it itself; a file-system error gets a sentence. */
export function describeStartupFailure(error: unknown): { nl: string; en: string } {
  if (isAppError(error)) return { nl: error.nl, en: error.en };
  const errno = error as NodeJS.ErrnoException | undefined;
  const where = typeof errno?.path === 'string' ? errno.path : 'een bestand van Ketenbord';
  const whereEn = typeof errno?.path === 'string' ? errno.path : 'a Ketenbord file';
  switch (errno?.code) {
    case 'EACCES':
    case 'EPERM':
      return {
        nl: `Ketenbord mag ${where} niet lezen of beschrijven. Geef uw gebruiker daar rechten op en start opnieuw.`,
        en: `Ketenbord may not read or write ${whereEn}. Give your user rights to it and start again.`,
      };
    case 'EROFS':
      return {
        nl: `${where} staat op een schijf die alleen gelezen kan worden. Start Ketenbord vanaf een schrijfbare plek.`,
        en: `${whereEn} is on a read-only disk. Start Ketenbord from a writable place.`,
      };
    case 'ENOSPC':
      return {
        nl: `De schijf met ${where} is vol. Maak ruimte vrij en start opnieuw.`,
        en: `The disk holding ${whereEn} is full. Free some space and start again.`,
      };
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return {
        nl: `Er ging iets mis bij het starten: ${message}`,
        en: `Something went wrong while starting: ${message}`,
      };
    }
  }
}
