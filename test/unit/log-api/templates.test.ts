import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateSlot } from '../../../shared/api/log-api';
import { defaultTemplate } from '../../../shared/log/templates';
import { createTestIncident } from '../../e2e/helpers/log-fixtures';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let app: TestBackend;

beforeEach(async () => {
  app = await startTestBackend();
});
afterEach(async () => app.close());

const KEY = { audience: 'customers', action: 3, language: 'nl' } as const;
const slotOf = (slots: TemplateSlot[]) =>
  slots.find((s) => s.audience === KEY.audience && s.action === KEY.action && s.language === KEY.language);

describe('message templates', () => {
  it('lists every audience × action (and general) × language with the default beside it', async () => {
    const { slots, placeholders } = await app.call('templates.get', {});
    expect(slots).toHaveLength(5 * 11 * 2);
    expect(placeholders).toEqual(['{organisatie}', '{incident}', '{tijd}', '{volgende_update}']);
    const slot = slotOf(slots);
    expect(slot?.organisation).toBeNull();
    expect(slot?.defaultText).toEqual(defaultTemplate('customers', 3, 'nl'));
  });

  it('saves one template, drafting uses it with the placeholders filled, reset brings the default back', async () => {
    const incident = await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
    const saved = await app.call('templates.save', {
      ...KEY,
      subject: '  Update over {incident}  ',
      body: 'Beste klant,\n\n{organisatie} werkt aan {incident}. Volgende update: {volgende_update}.',
    });
    expect(slotOf(saved.slots)?.organisation).toEqual({
      subject: 'Update over {incident}',
      body: 'Beste klant,\n\n{organisatie} werkt aan {incident}. Volgende update: {volgende_update}.',
    });
    // stored in the protocol itself, so it travels with an export of the protocol
    const file = JSON.parse(await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8'));
    expect(file.operations.messageTemplates).toHaveLength(1);
    expect(slotOf((await app.call('templates.get', {})).slots)?.organisation).not.toBeNull();

    const draft = await app.call('log.draft', { incidentId: incident.id, ...KEY });
    expect(draft.source).toBe('organisation');
    expect(draft.subject).toBe('Update over Storing klantportaal');
    expect(draft.body).toContain('werkt aan Storing klantportaal');
    expect(draft.body).not.toMatch(/\{[a-z_]+\}/);

    // saving again replaces, never duplicates
    await app.call('templates.save', { ...KEY, subject: 'Tweede versie', body: 'Tekst' });
    const again = JSON.parse(await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8'));
    expect(again.operations.messageTemplates).toHaveLength(1);

    const reset = await app.call('templates.reset', KEY);
    expect(slotOf(reset.slots)?.organisation).toBeNull();
    const fallback = await app.call('log.draft', { incidentId: incident.id, ...KEY });
    expect(fallback.source).toBe('default');
  });

  it('refuses unknown placeholders and names the ones that can be used', async () => {
    const answer = await app.raw('templates.save', {
      ...KEY,
      subject: 'Update',
      body: 'Beste {naam}, {foo}',
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('templates.unknownPlaceholder');
      expect(answer.error.nl).toContain('{naam}, {foo}');
      expect(answer.error.nl).toContain('{organisatie}, {incident}, {tijd}, {volgende_update}');
    }
    const { slots } = await app.call('templates.get', {});
    expect(slotOf(slots)?.organisation).toBeNull();
  });

  it('refuses an empty text and an unknown audience at the boundary', async () => {
    const empty = await app.raw('templates.save', { ...KEY, subject: ' ', body: 'x' });
    expect(empty.ok).toBe(false);
    const bad = await app.raw('templates.reset', { ...KEY, audience: 'press' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('api.invalidInput');
  });

  it('refuses to save or reset in a read-only workspace', async () => {
    // The same state a window is in when another copy took over the lock.
    (app.ctx.requireWorkspace() as unknown as { lockLost: boolean }).lockLost = true;
    for (const answer of [
      await app.raw('templates.save', { ...KEY, subject: 'Update', body: 'Tekst' }),
      await app.raw('templates.reset', KEY),
    ]) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('workspace.readOnly');
    }
    expect((await app.call('templates.get', {})).slots).toHaveLength(110);
  });
});
