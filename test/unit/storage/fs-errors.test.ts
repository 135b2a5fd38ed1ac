import { describe, expect, it } from 'vitest';
import { fsCause, storageError } from '../../../electron/services/storage/fs-errors';
import { AppError } from '../../../shared/errors/app-error';
import { errnoError } from '../../fixtures/faulty-journal-fs';

const what = { nl: 'Het protocol opslaan', en: 'Saving the protocol' };
const outcome = { nl: 'De vorige versie is ongewijzigd.', en: 'The previous version is unchanged.' };

describe('file-system failures in words', () => {
  const expected: Array<[string, string, RegExp]> = [
    ['ENOSPC', 'storage.diskFull', /de schijf is vol/],
    ['EDQUOT', 'storage.diskFull', /quotum/],
    ['EACCES', 'storage.noPermission', /geen toestemming/],
    ['EPERM', 'storage.noPermission', /staat deze wijziging niet toe/],
    ['EROFS', 'storage.readOnlyDisk', /alleen-lezen/],
    ['EIO', 'storage.ioError', /leesfout of schrijffout/],
    ['EBUSY', 'storage.busy', /in gebruik/],
    ['EXDEV', 'storage.failed', /weigerde de bewerking/],
  ];
  for (const [errno, code, words] of expected) {
    it(`${errno}: Dutch first, English second, never the errno`, () => {
      const error = storageError(errnoError(errno), what, outcome);
      expect(error.code).toBe(code);
      expect(error.nl).toMatch(/^Het protocol opslaan is niet gelukt: /);
      expect(error.nl).toMatch(words);
      expect(error.nl).toMatch(/De vorige versie is ongewijzigd\.$/);
      expect(error.en).toMatch(/^Saving the protocol did not succeed: /);
      expect(`${error.nl} ${error.en}`).not.toContain(errno);
      expect(error.details).toEqual({ errno });
      expect(fsCause(errnoError(errno)).nl).toMatch(words);
    });
  }

  it('passes an error that already speaks to the user through, and does not blame the disk for a bug', () => {
    const own = new AppError('x.y', { nl: 'al in woorden', en: 'already in words' });
    expect(storageError(own, what, outcome)).toBe(own);
    const bug = storageError(new TypeError('cannot read x of undefined'), what, outcome);
    expect(bug.nl).toMatch(/onverwacht iets mis \(cannot read x of undefined\)/);
  });
});
