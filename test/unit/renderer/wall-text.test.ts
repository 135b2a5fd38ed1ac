import { describe, expect, it } from 'vitest';
import { softHyphens } from '../../../renderer/src/features/board/soft-hyphens';
import { shortened, wallLimits, wallName } from '../../../renderer/src/features/board/wall-density';

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
    expect(wallLimits(1)).toEqual({ density: 'full', contacts: 2 });
    expect(wallLimits(1.5)).toEqual({ density: 'compact', contacts: 1 });
    expect(wallLimits(2)).toEqual({ density: 'minimal', contacts: 1 });
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
