import { describe, expect, it } from 'vitest';
import { translate, translatorFor } from '../../../shared/i18n/translator';

describe('translatorFor: the catalogue without React', () => {
  it('answers at once in both languages (synchronous init, no await)', () => {
    expect(translatorFor('nl').t('report:export.title')).toBe('Rapport maken');
    expect(translatorFor('en').t('report:export.title')).toBe('Make a report');
  });

  it('falls back to Dutch for anything that is not English, and keeps one instance per language', () => {
    expect(translatorFor('de').locale).toBe('nl');
    expect(translatorFor(undefined)).toBe(translatorFor('nl'));
    expect(translatorFor('en')).toBe(translatorFor('en'));
  });

  it('chooses the plural form by count and fills in values without HTML escaping', () => {
    expect(translate('nl', 'report:export.done', { count: 1 })).toBe('Klaar: 1 bestand gemaakt.');
    expect(translate('nl', 'report:export.done', { count: 3 })).toBe('Klaar: 3 bestanden gemaakt.');
    expect(translate('en', 'report:export.done', { count: 3 })).toBe('Done: 3 files made.');
    expect(translate('en', 'report:export.busy', { current: 1, total: 2, format: 'A & B <x>' })).toContain(
      'A & B <x>',
    );
  });

  it('rejects a key that is not in the catalogue at compile time', () => {
    // @ts-expect-error 'report:export.nope' is not a key: the type check is the point of this line
    const missing = translate('nl', 'report:export.nope');
    expect(missing).toBe('export.nope');
  });
});
