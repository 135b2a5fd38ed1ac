import type { Localized } from '../../../shared/matrix/labels';
import { writeNewFileDurably } from '../storage/durable-write';
import type { JournalFile } from './journal-file';

/** A name that sorts by time and is safe on every file system (no colons for Windows). */
function tornFileName(filePath: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${filePath}.torn-${stamp}`;
}

/**
 * Copies the torn bytes aside (durably, never overwriting an earlier copy) and only then cuts the
 * journal back to its last good newline and fsyncs it. In that order a crash during recovery can
 * at worst leave both the copy and the tail, never lose the tail.
 */
export async function setTornTailAside(
  handle: JournalFile,
  filePath: string,
  tail: Uint8Array,
  goodLength: number,
  now: Date,
): Promise<string> {
  let target = tornFileName(filePath, now);
  for (let n = 2; ; n++) {
    try {
      await writeNewFileDurably(target, tail);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error;
      target = `${tornFileName(filePath, now)}-${n}`;
    }
  }
  await handle.truncate(goodLength);
  await handle.sync();
  return target;
}

/** `movedTo` absent: the journal was opened read-only and nothing was moved. */
export function tornLineMessage(report: { movedTo?: string; bytes: number }, fileName: string): Localized {
  if (report.movedTo === undefined) {
    return {
      nl: `De laatste regel van het logboek ${fileName} is onvolledig (${report.bytes} bytes), waarschijnlijk door een crash of stroomstoring. Omdat het logboek alleen-lezen is geopend, is die regel niet apart gezet; hij wordt niet getoond. Alle regels ervoor zijn intact.`,
      en: `The last line of the log ${fileName} is incomplete (${report.bytes} bytes), probably after a crash or power cut. Because the log was opened read-only, it was not set aside; it is not shown. All lines before it are intact.`,
    };
  }
  return {
    nl: `De laatste regel van het logboek was onvolledig (${report.bytes} bytes), waarschijnlijk doordat de computer midden in het opslaan uitviel. Die regel is niet weggegooid maar apart bewaard in ${report.movedTo}. Alle regels ervoor zijn intact. Controleer of het laatste wat u vastlegde in het logboek staat, en leg het zo nodig opnieuw vast.`,
    en: `The last line of the log was incomplete (${report.bytes} bytes), probably because the computer went down while saving. It was not thrown away but kept in ${report.movedTo}. All lines before it are intact. Check whether the last thing you recorded is in the log, and record it again if needed.`,
  };
}
