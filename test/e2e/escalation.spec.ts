import { incidentJournal } from '../../electron/services/workspace/journals';
import { expect, openApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * Issue 16: the protocol's escalation conditions on the board, "voldaan?" per condition; marking
 * one met logs who and when and says what follows (convene the crisis team, review natures).
 */
const AUTHOR = 'Dennis Hendriks';

test('escalation conditions: marked met with who and when, then what the protocol says follows', async ({
  page,
  app,
}) => {
  await loadSampleProtocol(app);
  const incident = await app.api<{ id: string }>('incident.create', {
    title: 'Verdachte opvragingen Mijn DUR',
    detectedAt: new Date().toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: false,
    author: AUTHOR,
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, app, '#/board');
  await expect(page.locator('.board-title')).toContainText('Verdachte opvragingen');
  await page.keyboard.press('c');
  await page.getByLabel('Uw naam').fill(AUTHOR);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Escalatievoorwaarden' });
  await expect(dialog.locator('li[data-condition]')).toHaveCount(3);
  const breach = dialog.locator('li[data-condition="escalation-data-breach"]');
  await expect(breach).toContainText('Eigenaar: Dennis Hendriks');
  await breach
    .getByRole('button', { name: /Voorwaarde voldaan: Er is een \(vermoedelijk\) datalek/ })
    .click();
  await expect(breach).toHaveAttribute('data-met', 'yes');
  await expect(breach).toContainText('door Dennis Hendriks');
  const next = dialog.getByRole('region', { name: 'Wat nu volgens het protocol' });
  await expect(next).toContainText('Roep het crisisteam bijeen (voorzitter: Marieke Jansen)');
  await expect(dialog.locator('li[data-met="no"]')).toHaveCount(2);

  const journal = await incidentJournal(app.ctx.requireWorkspace(), incident.id);
  expect(journal.entries().at(-1)).toMatchObject({
    kind: 'decision',
    author: AUTHOR,
    subject: { type: 'escalationMet', conditionId: 'escalation-data-breach' },
  });
  // marking it again is refused: the log already says who and when
  await expect(
    app.api('escalation.markMet', {
      incidentId: incident.id,
      author: 'Iemand',
      conditionId: 'escalation-data-breach',
    }),
  ).rejects.toThrow('al als voldaan vastgelegd door Dennis Hendriks');

  // review natures and visibility: the edit dialog opens from here
  await next.getByRole('button', { name: 'Aard en zichtbaarheid herzien' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog')).toBeVisible();
});
