import { describe, expect, it } from 'vitest';
import { scriptedExerciseSuite } from './scripted';

const scripted = scriptedExerciseSuite();

/** Every text of the model: headings, cells, facts, the integrity statement. */
function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allTexts);
  return [];
}

const earlier = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    at: '2026-11-20T10:00:00.000Z',
    document: 'aftercare' as const,
    format: 'pdf' as const,
    count: 3 + i,
    headHash: 'a'.repeat(64),
    holds: true,
  }));

describe('report texts read from the catalogue', () => {
  for (const language of ['nl', 'en'] as const) {
    for (const kind of ['aftercare', 'evaluation'] as const) {
      it(`fills in every value: no {{…}}, NaN or undefined in the ${kind} report (${language})`, async () => {
        const texts = allTexts(await scripted.model({ language, kind }));
        expect(texts.length).toBeGreaterThan(100);
        expect(texts.filter((t) => /\{\{|\}\}|NaN|undefined/.test(t))).toEqual([]);
      });
    }
  }

  it('counts the earlier exports in the integrity statement in singular and plural', async () => {
    const input = await scripted.input();
    const statement = async (n: number, language: 'nl' | 'en') => {
      const model = await scripted.model({
        language,
        verification: { ...input.verification, earlierExports: earlier(n) },
      });
      const appendix = model.sections.find((s) => s.id === 'appendix');
      if (appendix?.id !== 'appendix') throw new Error('no appendix');
      return appendix.data.integrity.text;
    };
    expect(await statement(1, 'nl')).toContain(
      '(3) de eerdere export hieronder nog in het logboek terug te vinden is.',
    );
    expect(await statement(2, 'nl')).toContain(
      '(3) de 2 eerdere exports hieronder nog in het logboek terug te vinden zijn.',
    );
    expect(await statement(1, 'en')).toContain('(3) the earlier export below can still be found in the log.');
    expect(await statement(2, 'en')).toContain(
      '(3) the 2 earlier exports below can still be found in the log.',
    );
  });
});
