import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDraft } from '../../../renderer/src/features/protocol/editor/validate';
import { i18nResources } from '../../../shared/i18n/resources';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import type { Protocol } from '../../../shared/protocol/schema';

/**
 * Issue 13: the protocol editor's field messages follow the interface language. The real schema
 * refuses a real draft; the real catalogue says why, in Dutch and in English.
 */
const t = {} as Record<'nl' | 'en', TFunction<'protocol'>>;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: i18nResources, lng: 'nl', fallbackLng: 'nl', ns: ['protocol'] });
  t.nl = i18n.getFixedT('nl', 'protocol');
  t.en = i18n.getFixedT('en', 'protocol');
});

/** A draft with one of every mistake a person can make in the editor. */
function badDraft(): Protocol {
  const p = createDefaultProtocol('Waterschap Test');
  const person: Protocol['people'][number] = {
    id: 'person-1',
    department: '',
    name: '',
    organisation: '',
    role: '',
    workPhone: '12',
    mobilePhone: '',
    privatePhone: '',
    email: 'anouk@',
    notes: '',
  };
  p.people.push(person, { ...person, name: 'Bram', workPhone: '', email: '' });
  p.organisation.shortName = 'x'.repeat(500);
  const [first] = p.stakeholders;
  if (first)
    p.stakeholders.push({ ...first, group: 'outsourcingPartner', id: 'sh-x', outsourcingKind: null });
  const [medium] = p.mediaMonitoring;
  if (medium) medium.roundMinutes = 2;
  return p;
}

/** An otherwise sound draft whose ids clash (the cross-checks run once every field is sound). */
function clashingDraft(): Protocol {
  const p = createDefaultProtocol('Waterschap Test');
  const [first] = p.channels.list;
  if (first) p.channels.list.push({ ...first });
  return p;
}

const byField = (issues: { path: string[]; message: string }[]) =>
  Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

// words that only a Dutch sentence has; none of them is an English word
const DUTCH = /\b(veld|verplicht|klopt|niet|getal|een|het|de|komt|dubbel|Kies|uitbestedingspartner)\b/;

describe('protocol field messages in the interface language', () => {
  it('says every mistake in English when the editor is in English', () => {
    const messages = byField(validateDraft(badDraft(), 'en', t.en));
    expect(messages['people.0.name']).toBe('This field is required.');
    expect(messages['organisation.shortName']).toMatch(/^This field takes at most \d+ characters\.$/);
    expect(messages['people.0.workPhone']).toBe(
      'This phone number is not valid: "12". Check the number of digits and the area code.',
    );
    expect(messages['people.0.email']).toBe(
      'This e-mail address is not valid: use the form name@organisation.nl.',
    );
    expect(messages['stakeholders.4.outsourcingKind']).toBe('Choose what this outsourcing partner provides.');
    expect(messages['mediaMonitoring.0.roundMinutes']).toBe('Enter a number of 5 or more.');
    for (const message of Object.values(messages)) expect(message).not.toMatch(DUTCH);
  });

  it('keeps the Dutch the editor has always shown, and says in Dutch what zod would say in English', () => {
    const messages = byField(validateDraft(badDraft(), 'nl', t.nl));
    expect(messages['people.0.name']).toBe('Dit veld is verplicht.');
    expect(messages['people.0.workPhone']).toMatch(/^Dit telefoonnummer klopt niet: "12" — /);
    expect(messages['stakeholders.4.outsourcingKind']).toBe('Kies wat deze uitbestedingspartner levert.');
    expect(messages['mediaMonitoring.0.roundMinutes']).toBe('Vul een getal van 5 of meer in.');
    for (const message of Object.values(messages))
      expect(message).not.toMatch(/\b(expected|Too small|Invalid)\b/);
  });

  it('says a clash between two rows in either language', () => {
    expect(byField(validateDraft(clashingDraft(), 'en', t.en))['channels.list.5.id']).toBe(
      'The id "channel-phone" occurs twice.',
    );
    expect(byField(validateDraft(clashingDraft(), 'nl', t.nl))['channels.list.5.id']).toBe(
      'De id "channel-phone" komt dubbel voor.',
    );
  });
});
