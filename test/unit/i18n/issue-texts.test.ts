import { describe, expect, it } from 'vitest';
import { issueTexts } from '../../../shared/i18n/issue-texts';
import { phoneSchema } from '../../../shared/protocol/people';
import { normaliseEmail } from '../../../shared/protocol/phone';
import { stakeholderSchema } from '../../../shared/protocol/stakeholders';
import { requiredText, text } from '../../../shared/protocol/text';
import { startTestBackend } from '../../fixtures/test-backend';
import { loadSample } from '../protocol/load-sample';

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => {
  if (result.success || !result.error) throw new Error('expected a refusal');
  return result.error.issues[0]!;
};

describe('validation messages in both languages', () => {
  it('gives the English twin of a schema message, values included', () => {
    expect(issueTexts(firstIssue(requiredText(10).safeParse('  ')))).toEqual({
      nl: 'Dit veld is verplicht.',
      en: 'This field is required.',
    });
    expect(issueTexts(firstIssue(text(5).safeParse('zes tekens')))).toEqual({
      nl: 'Dit veld mag hoogstens 5 tekens bevatten.',
      en: 'This field may hold at most 5 characters.',
    });
  });

  it('a refused phone number, its reason included, and a refused e-mail address', () => {
    const phone = issueTexts(firstIssue(phoneSchema.safeParse('12')));
    expect(phone.nl).toBe(
      'Dit telefoonnummer klopt niet: "12" — dit nummer bestaat niet (controleer het aantal cijfers en het netnummer).',
    );
    expect(phone.en).toBe(
      'This phone number is not right: "12" — this number does not exist (check the number of digits and the area code).',
    );
    const email = normaliseEmail('niet-een-adres');
    expect(email.ok).toBe(false);
    if (!email.ok)
      expect(email.en).toBe(
        'This e-mail address is not right: "niet-een-adres" — use the form name@organisation.nl.',
      );
  });

  it('keeps a message the catalogue does not know, in both, rather than dropping it', () => {
    expect(issueTexts({ message: 'iets onverwachts' })).toEqual({
      nl: 'iets onverwachts',
      en: 'iets onverwachts',
    });
    expect(issueTexts({ message: 'x', params: { nl: 'eigen', en: 'own' } })).toEqual({
      nl: 'eigen',
      en: 'own',
    });
  });

  it('a refine in a shared schema has its English too', () => {
    const chain = loadSample().stakeholders.find((x) => x.group === 'chainPartner')!;
    const partner = stakeholderSchema.safeParse({ ...chain, outsourcingKind: 'hosting' });
    const issues = partner.success
      ? []
      : partner.error.issues.filter((i) => i.path.includes('outsourcingKind'));
    expect(issues.map((i) => issueTexts(i).en)).toContain(
      'Only an outsourcing partner has a kind of service.',
    );
  });

  it('the API refuses bad input in Dutch and English, per field too', async () => {
    const app = await startTestBackend('ketenbord-issues-');
    try {
      const { protocol, revision } = await app.call('protocol.get', {});
      protocol.organisation.name = 'x'.repeat(5000);
      const saved = await app.call('protocol.save', { protocol, baseRevision: revision });
      expect(saved.saved).toBe(false);
      if (saved.saved) return;
      const issue = saved.issues.find((i) => i.path.join('.') === 'organisation.name');
      expect(issue?.message).toMatch(/^Dit veld mag hoogstens \d+ tekens bevatten\.$/);
      expect(issue?.en).toMatch(/^This field may hold at most \d+ characters\.$/);
    } finally {
      await app.close();
    }
  });
});
