import { expect, openApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

const PHASE_NAMES = ['Probleem duidelijk', 'Oplossing duidelijk', 'Opgelost', 'Nazorg'];

test('an incident from creation to aftercare on the board, with the projector following live', async ({
  page,
  app,
}) => {
  await loadSampleProtocol(app);
  await openApp(page, app, '#/incidents');

  // Create: targeted attack + unavailability, visible internally and at chain partners, an exercise.
  await page.getByLabel('Titel').fill('Aanval op het klantportaal');
  await page.getByRole('checkbox', { name: 'Gerichte aanval' }).check();
  await page.getByRole('checkbox', { name: 'Onbeschikbaar' }).check();
  await page.getByRole('radio', { name: 'Intern: Zeker' }).check();
  await page.getByRole('radio', { name: 'Ketenpartners: Waarschijnlijk' }).check();
  await page.getByRole('checkbox', { name: 'Dit is een oefening' }).check();
  await page.getByLabel('Uw naam (voor het logboek)').fill('Anouk Meijer');
  await page.getByRole('button', { name: 'Incident aanmaken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Aanval op het klantportaal/ })).toBeVisible();
  await expect(page.getByText('OEFENING — dit is geen echt incident')).toBeVisible();

  // The projector: a second page on /board, no form fields, no private numbers.
  const projector = await page.context().newPage();
  await projector.goto(`${app.origin}/board`);
  await expect(
    projector.getByRole('heading', { level: 1, name: /Aanval op het klantportaal/ }),
  ).toBeVisible();
  await expect(projector.locator('input, select, textarea, button')).toHaveCount(0);
  await expect(projector.locator('body')).not.toContainText('+3161234520'); // sample private numbers

  // Dimmed audiences: customers and public are not visible.
  await expect(page.locator('th.audience--inactive')).toHaveCount(3);
  // Contacts from the protocol in the current row: the chain partner VGU.
  await expect(page.locator('.phase-row--current [data-audience="chainPartners"]')).toContainText('VGU');

  // Log the first open action from the keyboard: L, then Enter on the prefilled form.
  const openBefore = await page.getByTestId('open-count').textContent();
  await page.keyboard.press('l');
  await expect(page.getByRole('dialog', { name: 'Gelogd als verzonden' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd in het logboek' })).toBeVisible();
  await expect(page.getByTestId('open-count')).not.toHaveText(openBefore ?? '');
  await expect(projector.locator('.phase-row--current .current-action--done')).toHaveCount(1);

  // Not applicable needs a reason.
  await page.keyboard.press('n');
  const na = page.getByRole('dialog', { name: 'Niet van toepassing' });
  await expect(na.getByRole('button', { name: 'Vastleggen' })).toBeDisabled();
  await na.getByLabel('Reden (verplicht)').fill('Ketenpartner zit zelf in het crisisteam');
  await na.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(na).toBeHidden();
  await expect(projector.locator('.phase-row--current .current-action--notApplicable')).toHaveCount(1);

  // Walk through every phase; log one action by mouse on the way.
  for (const [i, name] of PHASE_NAMES.entries()) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Fase wijzigen' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('.phase-step--current')).toContainText(name);
    await expect(projector.locator('.phase-step--current')).toContainText(name);
    if (i === 0) {
      await page
        .locator('.phase-row--current')
        .getByRole('button', { name: /Actie \d+ loggen voor Intern/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: 'Gelogd als verzonden' });
      await dialog
        .getByLabel('Korte samenvatting van het bericht')
        .fill('Crisisteam bijgepraat over de oorzaak');
      await dialog.getByRole('button', { name: 'Vastleggen' }).click();
      await expect(dialog).toBeHidden();
    }
  }
  // Actions left open in earlier phases show as missed, done ones as done.
  await expect(page.locator('.phase-row--past .chip--done').first()).toBeVisible();
  await expect(page.locator('.phase-row--past .chip--missed').first()).toBeVisible();

  // Insight grows: a data breach. The 72-hour AP clock appears on both screens.
  await expect(page.locator('[data-clock="apDataBreach72h"]')).toHaveCount(0);
  await page.keyboard.press('e');
  const edit = page.getByRole('dialog', { name: 'Aard en zichtbaarheid' });
  await edit.getByRole('checkbox', { name: 'Datalek' }).check();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('[data-clock="apDataBreach72h"]')).toContainText('Melding AP (72 u)');
  await expect(projector.locator('[data-clock="apDataBreach72h"]')).toContainText(/7[01]:\d\d:\d\d/);
  await expect(projector.locator('.nature-pill')).toContainText([
    'Gerichte aanval',
    'Onbeschikbaar',
    'Datalek',
  ]);

  // Media tips one key away, on both screens.
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog', { name: 'Tips voor contact met de media' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Every change is in the log as an incidentChange.
  const state = await app.api<{ logCount: number; incident: { natures: string[]; phase: string } }>(
    'board.state',
    {},
  );
  expect(state.incident.phase).toBe('aftercare');
  expect(state.incident.natures).toContain('dataBreach');
  // one entry for the creation (all its starting state), two decisions, four phase changes, one message, one change of natures
  expect(state.logCount).toBe(1 + 2 + 4 + 1 + 1);
});
