import { describe, expect, it } from 'vitest';
import { softHyphens } from '../../../renderer/src/features/board/soft-hyphens';

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
