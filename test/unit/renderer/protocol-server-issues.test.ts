import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../electron/services/protocol/protocol-state';
import { issuesByField } from '../../../renderer/src/features/protocol/editor/validate';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';

/**
 * Issue 13: a save the back end refuses comes back with field issues in both languages; the
 * editor shows them beside their fields in the interface language. The real schema refuses a real
 * draft, and the back end's own wire shape carries the issues.
 */
function refusedSave(): { draft: Protocol; issues: ReturnType<typeof toFieldIssues> } {
  const draft = createDefaultProtocol('Waterschap Test');
  draft.people.push({
    id: 'person-1',
    department: '',
    name: '',
    organisation: '',
    role: '',
    workPhone: '12',
    mobilePhone: '',
    privatePhone: '',
    email: 'geen-adres',
    notes: '',
  });
  const result = protocolSchema.safeParse(draft);
  if (result.success) throw new Error('the draft should have been refused');
  return { draft, issues: toFieldIssues(result.error.issues) };
}

describe('the back end’s field issues in the editor', () => {
  it('shows the English text in an English interface and the Dutch one in a Dutch interface', () => {
    const { draft, issues } = refusedSave();
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) expect(issue.en).toBeTruthy();

    const english = [...issuesByField(draft, issues, 'en').values()].map((i) => i.message);
    const dutch = [...issuesByField(draft, issues, 'nl').values()].map((i) => i.message);
    expect(english.length).toBe(dutch.length);
    const enTexts = new Set(issues.map((i) => i.en));
    const nlTexts = new Set(issues.map((i) => i.message));
    for (const text of english) expect(enTexts.has(text)).toBe(true);
    for (const text of dutch) expect(nlTexts.has(text)).toBe(true);
    // the two languages really differ: an English screen shows none of the Dutch sentences
    for (const text of english) expect(nlTexts.has(text)).toBe(false);
  });

  it('keeps an issue without an English text (an older back end) as it came', () => {
    const { draft } = refusedSave();
    const shown = issuesByField(draft, [{ path: ['people', '0', 'name'], message: 'Vul dit in.' }], 'en');
    expect([...shown.values()].map((i) => i.message)).toEqual(['Vul dit in.']);
  });
});
