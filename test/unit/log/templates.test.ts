import { describe, expect, it } from 'vitest';
import { draftMessage, fillPlaceholders, mailtoUrl, telUrl } from '../../../shared/log/templates';
import { ACTION_NUMBERS, AUDIENCES } from '../../../shared/model/vocabulary';

const values = {
  organisation: 'Waterschap Oost',
  incidentTitle: 'Storing klantportaal',
  time: '2026-11-28T09:15:00.000Z',
  nextUpdate: '2026-11-28T13:00:00.000Z',
  isExercise: false,
};

describe('draftMessage', () => {
  it('has a filled template for every action and audience in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const audience of AUDIENCES) {
        for (const action of [...ACTION_NUMBERS, null]) {
          const d = draftMessage({ audience, action, language, values });
          expect(d.subject.length).toBeGreaterThan(5);
          expect(d.body).toContain('Waterschap Oost');
          expect(`${d.subject}${d.body}`).not.toMatch(/\{(organisatie|incident|tijd|volgende_update)\}/);
          expect(d.source).toBe('default');
        }
      }
    }
  });

  it('says "morgen 09:30" for an update tomorrow, so public drafts carry no date', () => {
    const tomorrow = { ...values, nextUpdate: '2026-11-29T08:30:00.000Z' };
    const nl = draftMessage({ audience: 'customers', action: 3, language: 'nl', values: tomorrow });
    expect(nl.body).toContain('morgen 09:30');
    expect(nl.body).not.toContain('29-11-2026');
    const en = draftMessage({ audience: 'customers', action: 3, language: 'en', values: tomorrow });
    expect(en.body).toContain('tomorrow 09:30');
    const later = draftMessage({
      audience: 'internal',
      action: 2,
      language: 'nl',
      values: { ...values, nextUpdate: '2026-12-01T08:30:00.000Z' },
    });
    expect(later.body).toContain('01-12-2026 09:30');
  });

  it('fills placeholders with Amsterdam times', () => {
    const d = draftMessage({ audience: 'chainPartners', action: 1, language: 'nl', values });
    expect(d.subject).toBe('Waterschap Oost onderzoekt een verstoring');
    expect(d.body).toMatch(/^Beste ketenpartner,\n\nBetreft: Storing klantportaal\n\n/);
    expect(d.body).toContain('uiterlijk 14:00');
    expect(d.body).toContain('doorgeven');
    const update = draftMessage({ audience: 'customers', action: 4, language: 'en', values });
    expect(update.body).toContain('Update of 28-11-2026 10:15');
    const unknownNext = draftMessage({
      audience: 'internal',
      action: 2,
      language: 'nl',
      values: { ...values, nextUpdate: null },
    });
    expect(unknownNext.body).toContain('[tijdstip volgende update]');
  });

  it('starts every exercise draft with OEFENING, also the organisation’s own', () => {
    const own = [
      { audience: 'public' as const, action: 3, language: 'nl' as const, subject: 'Eigen', body: 'Tekst' },
    ];
    for (const orgTemplates of [[], own]) {
      const d = draftMessage({
        audience: 'public',
        action: 3,
        language: 'nl',
        values: { ...values, isExercise: true },
        orgTemplates,
      });
      expect(d.subject.startsWith('OEFENING')).toBe(true);
      expect(d.body.startsWith('OEFENING')).toBe(true);
    }
    const en = draftMessage({
      audience: 'public',
      action: 8,
      language: 'en',
      values: { ...values, isExercise: true },
    });
    expect(en.subject.startsWith('OEFENING')).toBe(true);
  });

  it('lets the organisation’s templates override the defaults, most specific first', () => {
    const orgTemplates = [
      {
        audience: 'customers' as const,
        action: 8,
        language: 'nl' as const,
        subject: 'Weer in de lucht: {incident}',
        body: 'Om {tijd} opgelost. {onbekend}',
      },
      {
        audience: 'customers' as const,
        action: null,
        language: 'nl' as const,
        subject: 'Algemeen {organisatie}',
        body: 'Huisstijl',
      },
      { audience: 'customers' as const, action: 8, language: 'en' as const, subject: 'EN', body: 'EN' },
    ];
    const exact = draftMessage({ audience: 'customers', action: 8, language: 'nl', values, orgTemplates });
    expect(exact).toEqual({
      subject: 'Weer in de lucht: Storing klantportaal',
      body: 'Om 28-11-2026 10:15 opgelost. {onbekend}',
      source: 'organisation',
    });
    // a default for this very action beats the organisation's catch-all
    expect(
      draftMessage({ audience: 'customers', action: 9, language: 'nl', values, orgTemplates }).source,
    ).toBe('default');
    // without an action the catch-all is used
    expect(
      draftMessage({ audience: 'customers', action: null, language: 'nl', values, orgTemplates }).subject,
    ).toBe('Algemeen Waterschap Oost');
    expect(draftMessage({ audience: 'public', action: 8, language: 'nl', values, orgTemplates }).source).toBe(
      'default',
    );
  });

  it('does not expand placeholders inside filled-in values', () => {
    expect(
      fillPlaceholders('{incident} om {tijd}', {
        organisatie: 'O',
        incident: 'Titel {tijd}',
        tijd: '10:00',
        volgende_update: '',
      }),
    ).toBe('Titel {tijd} om 10:00');
  });
});

describe('mailtoUrl and telUrl', () => {
  it('encodes subject and body after RFC 6068', () => {
    const url = mailtoUrl(
      [' a@voorbeeld.nl ', 'b+c@voorbeeld.nl', ''],
      'Update & stand: 50% ',
      'Regel één\nRegel twee?',
    );
    expect(url).toBe(
      'mailto:a@voorbeeld.nl,b%2Bc@voorbeeld.nl?subject=Update%20%26%20stand%3A%2050%25%20&body=Regel%20%C3%A9%C3%A9n%0D%0ARegel%20twee%3F',
    );
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.searchParams.get('body') ?? '')).toBe('Regel één\r\nRegel twee?');
    expect(mailtoUrl([], '', '')).toBe('mailto:');
  });

  it('makes diallable tel: links', () => {
    expect(telUrl('06-12 34 56 78')).toBe('tel:0612345678');
    expect(telUrl('+31 (0)70 123 4567')).toBe('tel:+31701234567');
    expect(telUrl('0031 70 123 4567')).toBe('tel:+31701234567');
    expect(telUrl('112')).toBe('tel:112');
    expect(telUrl('bel Jan')).toBeNull();
    expect(telUrl('')).toBeNull();
  });
});
