import { describe, expect, it } from 'vitest';
import { checkDraftForMedia, needsMediaCheck } from '../../../shared/log/media-check';

const kinds = (text: string) => checkDraftForMedia(text).map((f) => [f.kind, f.text]);

describe('checkDraftForMedia', () => {
  it('flags value judgements with their exact range and an explanation in both languages', () => {
    const text = 'Gelukkig valt het mee en is er geen reden tot zorg.';
    const findings = checkDraftForMedia(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['valueJudgement', 'Gelukkig'],
      ['valueJudgement', 'valt het mee'],
      ['valueJudgement', 'geen reden tot zorg'],
    ]);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.advice.nl).toBeTruthy();
      expect(f.advice.en).toBeTruthy();
    }
  });

  it('flags numbers and dates but not times, phone numbers or web addresses', () => {
    expect(kinds('Er zijn 1.250 klanten (12%) geraakt sinds 27 november 2026 en 26-11-2026.')).toEqual([
      ['number', '1.250'],
      ['number', '12%'],
      ['date', '27 november 2026'],
      ['date', '26-11-2026'],
    ]);
    expect(
      kinds('Om 14:30 volgt een update. Bel 088-123 45 67 of kijk op https://www.voorbeeld.nl/2026/storing.'),
    ).toEqual([]);
    expect(kinds('Duizenden mensen')).toEqual([['number', 'Duizenden']]);
  });

  it('flags links to other incidents', () => {
    expect(kinds('Net als vorige keer, en ook bij de storing eerder dit jaar.')).toEqual([
      ['otherIncident', 'Net als'],
      ['otherIncident', 'vorige keer'],
      ['otherIncident', 'ook bij'],
      ['otherIncident', 'eerder'],
    ]);
  });

  it('respects word boundaries with accented letters and is quiet on a clean draft', () => {
    expect(kinds('De onbeperkte toegang is hersteld.')).toEqual([]);
    expect(kinds('Wij onderzoeken wat er is gebeurd en melden ons uiterlijk vanmiddag opnieuw.')).toEqual([]);
    expect(kinds('Fortunately the impact is limited.')).toEqual([
      ['valueJudgement', 'Fortunately'],
      ['valueJudgement', 'limited'],
    ]);
  });

  it('applies to drafts for customers and the public', () => {
    expect(needsMediaCheck('public')).toBe(true);
    expect(needsMediaCheck('customers')).toBe(true);
    expect(needsMediaCheck('internal')).toBe(false);
  });
});
