import { describe, expect, it } from 'vitest';
import { softHyphens } from '../../../renderer/src/features/board/soft-hyphens';
import {
  FIT_STEPS,
  fittedLimits,
  shortened,
  wallLimits,
  wallName,
} from '../../../renderer/src/features/board/wall-density';

describe('soft hyphens for the board', () => {
  it('breaks long compounds before their known part, and nothing else', () => {
    expect(softHyphens('Datalekprocedure starten')).toBe('Datalek\u00ADprocedure starten');
    expect(softHyphens('Herstelbericht aankondigen')).toBe('Herstel\u00ADbericht aankondigen');
    expect(softHyphens('Ketenpartners')).toBe('Keten\u00ADpartners');
    expect(softHyphens('Publiceren: aanpak')).toBe('Publi\u00ADceren: aanpak');
    expect(softHyphens('Feiten delen')).toBe('Feiten delen');
    // a part at the very start or end is not a compound boundary
    expect(softHyphens('Procedurewerk')).toBe('Procedurewerk');
    expect(softHyphens('Publiciteit')).toBe('Publiciteit');
  });
});

describe('names on the wall', () => {
  it('an organisation goes by the abbreviation the protocol gives it, else by its name', () => {
    expect(wallName('Vereniging van Gemeentelijke Uitvoerders (VGU)')).toBe('VGU');
    expect(wallName('Stichting Pensioenfonds Publieke Dienst (SPPD)')).toBe('SPPD');
    expect(wallName('Gemeente Utrecht')).toBe('Gemeente Utrecht');
    // a remark in brackets is not an abbreviation
    expect(wallName('Leverancier (alleen bij storingen in het weekend)')).toBe(
      'Leverancier (alleen bij storingen in het weekend)',
    );
  });

  it('gives up detail as the text grows: fewer contacts, then fewer rows', () => {
    expect(wallLimits(1)).toMatchObject({ density: 'full', contacts: 2 });
    expect(wallLimits(1.5)).toMatchObject({ density: 'compact', contacts: 1 });
    expect(wallLimits(2)).toMatchObject({ density: 'minimal', contacts: 1 });
  });
});

describe('the fit ladder', () => {
  it('takes detail away one step at a time and never gives back what the size setting took', () => {
    const base = wallLimits(1);
    expect(fittedLimits(base, 0)).toEqual({ limits: base, css: '' });
    expect(fittedLimits(base, 1).limits.contacts).toBe(1);
    const all = fittedLimits(base, FIT_STEPS.length);
    expect(all.limits).toMatchObject({
      contacts: 0,
      channels: false,
      details: false,
      shortLabels: true,
      actions: 1,
    });
    expect(all.css.split(' ')).toEqual(
      expect.arrayContaining(['marks', 'past', 'visibility', 'steps', 'header']),
    );
    // at 200 % the wall already shows one contact: the ladder's "contacts: 1" step does not raise it
    expect(fittedLimits({ ...wallLimits(2), contacts: 0 }, 1).limits.contacts).toBe(0);
  });
});

describe('waiting items on the wall', () => {
  it('are cut at a word to their gist, and left alone when short or on the laptop', () => {
    const question =
      'Vraag van Redactie Omroep Midden: Vraagt of klantgegevens zijn ingezien en wanneer de website weer werkt';
    expect(shortened(question, 40)).toBe('Vraag van Redactie Omroep Midden: Vraagt…');
    expect(shortened('Beloofde update aan Klanten', 40)).toBe('Beloofde update aan Klanten');
    expect(shortened(question, undefined)).toBe(question);
    expect(shortened('Eenheelerglangwoordzonderspatiesdatnietpast', 20)).toBe('Eenheelerglangwoordz…');
  });
});
