import { AppError, isAppError } from '../../../shared/errors/app-error';

export type Texts = { nl: string; en: string };

/**
 * File-system failures in words a crisis room understands. The stores, the journal, the backups,
 * the lock and the command line all go through here, so nobody ever reads "ENOSPC: no space left
 * on device, write" — the errno code travels in `details` for whoever has to fix it.
 */
type Cause = { code: string; texts: Texts };

const CAUSES: Record<string, Cause> = {
  ENOSPC: {
    code: 'storage.diskFull',
    texts: {
      nl: 'de schijf is vol. Maak ruimte vrij (of kies een werkmap op een andere schijf) en probeer het opnieuw',
      en: 'the disk is full. Free some space (or choose a workspace on another disk) and try again',
    },
  },
  EDQUOT: {
    code: 'storage.diskFull',
    texts: {
      nl: 'uw opslagruimte (quotum) is op. Maak ruimte vrij en probeer het opnieuw',
      en: 'your storage quota is used up. Free some space and try again',
    },
  },
  EACCES: {
    code: 'storage.noPermission',
    texts: {
      nl: 'u hebt geen toestemming om in deze map of dit bestand te schrijven. Vraag uw beheerder om schrijfrechten of kies een andere map',
      en: 'you are not allowed to write to this folder or file. Ask your administrator for write access or choose another folder',
    },
  },
  EPERM: {
    code: 'storage.noPermission',
    texts: {
      nl: 'het besturingssysteem staat deze wijziging niet toe (geen rechten, of het bestand is in gebruik of beveiligd)',
      en: 'the operating system does not allow this change (no permission, or the file is in use or protected)',
    },
  },
  EROFS: {
    code: 'storage.readOnlyDisk',
    texts: {
      nl: 'de schijf of netwerkmap is alleen-lezen. Kies een werkmap waarin geschreven mag worden',
      en: 'the disk or network folder is read-only. Choose a workspace that can be written to',
    },
  },
  EIO: {
    code: 'storage.ioError',
    texts: {
      nl: 'de schijf of de netwerkverbinding gaf een leesfout of schrijffout. Controleer de verbinding of de schijf',
      en: 'the disk or the network connection reported a read or write error. Check the connection or the disk',
    },
  },
  EBUSY: {
    code: 'storage.busy',
    texts: {
      nl: 'het bestand is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw',
      en: 'the file is in use by another program. Close that program and try again',
    },
  },
  EMFILE: {
    code: 'storage.busy',
    texts: {
      nl: 'er staan te veel bestanden tegelijk open. Sluit andere programma’s of start Ketenbord opnieuw',
      en: 'too many files are open at once. Close other programs or restart Ketenbord',
    },
  },
  ENOENT: {
    code: 'storage.missing',
    texts: {
      nl: 'de map of het bestand is er niet (meer); misschien is een netwerkmap losgekoppeld',
      en: 'the folder or file is not there (any more); perhaps a network folder was disconnected',
    },
  },
};
CAUSES.ENFILE = CAUSES.EMFILE as Cause;
CAUSES.ETIMEDOUT = CAUSES.EIO as Cause;

const UNKNOWN: Cause = {
  code: 'storage.failed',
  texts: {
    nl: 'het besturingssysteem weigerde de bewerking',
    en: 'the operating system refused the operation',
  },
};

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for failures that mean "this place cannot be written to" rather than "something broke". */
export function isPermissionError(error: unknown): boolean {
  const code = errnoOf(error);
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** The cause of a file-system failure in plain words (no errno, no path). */
export function fsCause(error: unknown): Texts {
  return (CAUSES[errnoOf(error) ?? ''] ?? UNKNOWN).texts;
}

/**
 * An AppError for a failed storage step: "<what> is niet gelukt: <cause>. <outcome>". An error that
 * already speaks to the user (an AppError) passes through unchanged.
 */
export function storageError(error: unknown, what: Texts, outcome: Texts): AppError {
  if (isAppError(error)) return error;
  const code = errnoOf(error);
  // not a file-system failure at all (a bug): say so, with its message, rather than blame the disk
  const detail = error instanceof Error ? error.message : String(error);
  const cause: Cause = code
    ? (CAUSES[code] ?? UNKNOWN)
    : {
        code: 'storage.failed',
        texts: {
          nl: `er ging onverwacht iets mis (${detail})`,
          en: `something unexpected went wrong (${detail})`,
        },
      };
  return new AppError(
    cause.code,
    {
      nl: `${what.nl} is niet gelukt: ${cause.texts.nl}. ${outcome.nl}`,
      en: `${what.en} did not succeed: ${cause.texts.en}. ${outcome.en}`,
    },
    { errno: errnoOf(error) ?? null },
  );
}
