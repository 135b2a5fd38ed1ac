import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatAmsterdam } from '../../shared/log/time';
import type { IncidentStatus } from '../../shared/verdicts/status';
import { expect, openApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * The walk of issue 9: a data-breach exercise created in "probleem duidelijk" and walked to the
 * end. Each false verdict the outside tester found is checked here against the board as the room
 * sees it, the projector, the evaluation's proposals and `ketenbord status`.
 */
const AUTHOR = 'Anouk Meijer';
const SCREENS = process.env.KETENBORD_SCREENS ? path.resolve('.tmp/screens') : null;
const MINUTE = 60_000;

const cell = (page: Page, phase: string, audience: string) =>
  page.locator(`tr[data-phase="${phase}"] td[data-audience="${audience}"]`);
const action = (page: Page, phase: string, audience: string, n: number) =>
  cell(page, phase, audience).locator(`[data-action="${n}"]`);

test('a data-breach exercise judged by its own history, per recipient, with what is waiting', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await loadSampleProtocol(app);
  await page.clock.install();
  const incident = await app.api<{ id: string }>('incident.create', {
    title: 'Oefening datalek klantportaal',
    detectedAt: new Date(Date.now() - 30 * MINUTE).toISOString(),
    // a breach that also takes the portal down: actions 5, 8 and 9 come into play later
    natures: ['dataBreach', 'unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'certain',
      customers: 'likely',
      public: 'no',
    },
    phase: 'problemClear',
    isExercise: true,
    author: AUTHOR,
  });
  const id = incident.id;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, app, '#/board');
  await expect(page.locator('.board-title')).toContainText('Oefening datalek klantportaal');

  // 1. Created in phase 3: phases 1 and 2 were not tracked, nothing there is missed.
  for (const phase of ['negativePublicityOnly', 'problemUnclear']) {
    await expect(page.locator(`tr[data-phase="${phase}"]`)).toHaveAttribute('data-timing', 'notTracked');
  }
  await expect(page.locator('tr[data-phase="problemUnclear"]')).toContainText(
    'Niet gevolgd: Ketenbord volgt dit incident vanaf fase Probleem duidelijk',
  );
  await expect(page.locator('.chip--missed')).toHaveCount(0);

  // 2. Action 6 for internal: the name is asked once, then one Enter logs it.
  await page.getByRole('button', { name: 'Actie 6 loggen voor Intern' }).click();
  await page.getByLabel('Uw naam').fill(AUTHOR);
  await page.keyboard.press('Enter');
  const logDialog = page.getByRole('dialog', { name: 'Gelogd als verzonden' });
  await expect(logDialog).toBeVisible();
  await logDialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(action(page, 'problemClear', 'internal', 6)).toHaveAttribute('data-status', 'done');

  // 3. Chain partners told with only VGU ticked: partly done, and the board says who is missing.
  await page.getByRole('button', { name: 'Actie 2 loggen voor Ketenpartners' }).click();
  await logDialog.getByRole('checkbox', { name: /Stichting Pensioenfonds Publieke Dienst/ }).uncheck();
  await logDialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(logDialog).toBeHidden();
  const partial = action(page, 'problemClear', 'chainPartners', 2);
  await expect(partial).toHaveAttribute('data-status', 'partial');
  await expect(partial).toContainText('1 van 2');
  await expect(partial).toContainText('SPPD nog niet');

  // 4. A message to internal that promises the next update; a journalist's question with a deadline.
  await page.getByRole('button', { name: 'Actie 2 loggen voor Intern' }).click();
  const promised = new Date(Date.now() + 3 * 60 * MINUTE).toISOString();
  await logDialog
    .getByLabel('Volgende update beloofd om (optioneel) (datum)')
    .fill(formatAmsterdam(promised, 'dd-MM-yyyy'));
  await logDialog
    .getByLabel('Volgende update beloofd om (optioneel) (tijd)')
    .fill(formatAmsterdam(promised, 'HH:mm'));
  await logDialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(logDialog).toBeHidden();
  await app.api('log.append', {
    incidentId: id,
    author: AUTHOR,
    body: {
      kind: 'messageReceived',
      from: 'NRC, redactie',
      channel: 'telefoon',
      summary: 'Hoeveel klanten zijn geraakt?',
      awaitsAnswer: true,
      answerBy: new Date(Date.now() + 60 * MINUTE).toISOString(),
    },
  });
  const strip = page.getByTestId('waiting-strip');
  await expect(strip).toContainText('Vraag van NRC, redactie: Hoeveel klanten zijn geraakt?');
  await expect(strip).toContainText('Beloofde update aan Intern');
  // NIS2 applies to this organisation and nobody decided yet: the board asks.
  await expect(strip).toContainText('Beoordeel of dit een significant incident is (NIS2)');

  // 5. The AP notification, made ten minutes ago and logged now: judged by when it was submitted.
  await page.keyboard.press('r');
  const reg = page.getByRole('dialog', { name: 'Melding aan toezichthouder' });
  const submitted = new Date(Date.now() - 10 * MINUTE).toISOString();
  await reg.getByLabel('Gemeld om (datum)').fill(formatAmsterdam(submitted, 'dd-MM-yyyy'));
  await reg.getByLabel('Gemeld om (tijd)').fill(formatAmsterdam(submitted, 'HH:mm'));
  await reg.getByLabel('Kenmerk (optioneel)').fill('AP-OEF-1');
  await reg.getByLabel('Samenvatting').fill('Datalek gemeld via het meldloket');
  await reg.getByRole('button', { name: 'Melding vastleggen' }).click();
  await expect(reg).toBeHidden();
  await expect(page.locator('[data-clock="apDataBreach72h"]')).toContainText('gemeld');

  // 6. NIS2: significant, aware since detection. The NIS2 clocks start; the question leaves the strip.
  await page.keyboard.press('r');
  await reg.getByRole('radio', { name: 'NIS2: significant?' }).check();
  await reg.getByRole('radio', { name: 'Ja, significant' }).check();
  await reg.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(reg).toBeHidden();
  await expect(page.locator('[data-clock="nis2EarlyWarning24h"]')).toBeVisible();
  await expect(strip).not.toContainText('Beoordeel of dit een significant incident is');

  // 7. The projector shows the same strip (and no private numbers, no controls).
  const projector = await page.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(app.projectorUrl);
  await expect(projector.getByTestId('waiting-strip')).toContainText('Vraag van NRC, redactie');
  await expect(projector.locator('input, select, textarea, button')).toHaveCount(0);
  if (SCREENS) {
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'verdicts-operator-phase3.png') });
    await projector.screenshot({ path: path.join(SCREENS, 'verdicts-projector-phase3.png') });
  }

  // 8. Two hours later (the room's clock): the question and the actions left open are overdue.
  await page.clock.fastForward('02:00:00');
  await expect(strip.locator('.waiting-item--overdue')).not.toHaveCount(0);
  await expect(strip).toContainText('Actie 2 Feiten delen — Ketenpartners (SPPD nog niet)');
  await expect(strip.locator('.waiting-item--overdue').first()).toContainText('te laat');

  // 9. Changing phase lists what is still open: not applicable with a reason for one, leave the rest.
  await page.keyboard.press('ArrowRight');
  const phaseDialog = page.getByRole('dialog', { name: 'Fase wijzigen' });
  await expect(phaseDialog).toContainText('Nog open in "Probleem duidelijk"');
  await expect(phaseDialog.locator('.phase-open__item')).toHaveCount(4);
  const chain6 = phaseDialog.locator('[data-action="chainPartners|6"]');
  await chain6.getByRole('radio', { name: 'Niet van toepassing' }).check();
  await chain6.getByLabel('Reden').fill('Ketenpartners verwerken deze gegevens niet');
  await phaseDialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(phaseDialog).toBeHidden();
  await expect(page.locator('.phase-step--current')).toContainText('Oplossing duidelijk');
  await expect(action(page, 'problemClear', 'chainPartners', 6)).toHaveAttribute(
    'data-status',
    'notApplicable',
  );
  await expect(action(page, 'problemClear', 'chainPartners', 2)).toHaveAttribute('data-status', 'partial');
  await expect(action(page, 'problemClear', 'customers', 4)).toHaveAttribute('data-status', 'missed');

  // 10. Action 6, done in phase 3, is not asked again in phase 4.
  const again = action(page, 'solutionClear', 'internal', 6);
  await expect(again).toHaveAttribute('data-status', 'satisfiedEarlier');
  await expect(again).toContainText('al gedaan in fase Probleem duidelijk');

  // 11. The missed press release to customers, logged late against its own phase: done late.
  await page
    .getByRole('button', { name: 'Actie 4 voor Klanten alsnog loggen in fase Probleem duidelijk' })
    .click();
  await expect(logDialog.getByLabel('Voor fase')).toHaveValue('problemClear');
  await expect(logDialog).toContainText('telt daar, als laat');
  await logDialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(logDialog).toBeHidden();
  await expect(action(page, 'problemClear', 'customers', 4)).toHaveAttribute('data-status', 'doneLate');

  // 12. The public only notices now: phase 3 owed the public nothing; phase 4 asks for action 3.
  await page.keyboard.press('e');
  const edit = page.getByRole('dialog', { name: 'Aard en zichtbaarheid' });
  await edit.getByRole('radio', { name: 'Publiek: Waarschijnlijk' }).check();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(action(page, 'problemClear', 'public', 3)).toHaveAttribute('data-status', 'notRequired');
  await expect(action(page, 'solutionClear', 'public', 3)).toHaveAttribute('data-status', 'open');

  // 13. Who knows what: VGU heard the facts; SPPD did not.
  await page.keyboard.press('w');
  const knowledge = page.getByRole('dialog', { name: 'Wie weet wat' });
  await expect(knowledge.locator('tr[data-id="stakeholder-vgu"]')).toContainText(
    'actie 2 (Probleem duidelijk)',
  );
  await expect(knowledge.locator('tr[data-id="stakeholder-sppd"]')).toContainText('nog niets');
  await expect(knowledge.locator('tr[data-id="stakeholder-sppd"] .knowledge-gap')).toContainText(
    'deels gedaan',
  );
  await expect(knowledge.locator('tr[data-id="stakeholder-ap"]')).toContainText(
    'Datalek gemeld via het meldloket',
  );
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'verdicts-who-knows-what.png') });
  await page.keyboard.press('Escape');
  await expect(knowledge).toBeHidden();

  // 14. On to "opgelost": action 9 ("zo nodig") is one click "niet nodig".
  await page.keyboard.press('ArrowRight');
  await phaseDialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(page.locator('.phase-step--current')).toContainText('Opgelost');
  await page.getByRole('button', { name: 'Actie 9 voor Intern niet nodig' }).click();
  await expect(action(page, 'solutionImplemented', 'internal', 9)).toHaveAttribute(
    'data-status',
    'notNeeded',
  );
  await page.keyboard.press('ArrowRight');
  await phaseDialog.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(page.locator('.phase-step--current')).toContainText('Nazorg');
  // Action 9 left undone for customers in "opgelost" is not needed, never missed.
  await expect(action(page, 'solutionImplemented', 'customers', 9)).toHaveAttribute(
    'data-status',
    'notNeeded',
  );
  if (SCREENS) {
    await page.screenshot({ path: path.join(SCREENS, 'verdicts-operator-aftercare.png') });
    await projector.screenshot({ path: path.join(SCREENS, 'verdicts-projector-aftercare.png') });
  }

  // 15. Labels, never codes: nothing on either screen shows a raw value.
  for (const screen of [page, projector]) {
    const text = ((await screen.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const code of [
      'dataBreach',
      'problemClear',
      'solutionClear',
      'likely',
      'supervisor',
      'chainPartners',
    ]) {
      expect(text, `raw code "${code}" on screen`).not.toContain(code);
    }
  }
  await expect(page.locator('.recent-log')).toContainText('Fase: Opgelost → Nazorg');

  // 16. The evaluation's proposals follow the same verdicts.
  const evaluation = await app.api<{
    ratings: { audience: string; phase: string; action: number; proposed: string; basis: string }[];
  }>('evaluation.get', { incidentId: id });
  const rating = (audience: string, phase: string, n: number) =>
    evaluation.ratings.find((r) => r.audience === audience && r.phase === phase && r.action === n);
  expect(rating('customers', 'problemClear', 4)).toMatchObject({ basis: 'late', proposed: 'someProblems' });
  expect(rating('chainPartners', 'problemClear', 2)).toMatchObject({
    basis: 'partial',
    proposed: 'someProblems',
  });
  expect(rating('internal', 'problemClear', 6)).toMatchObject({
    basis: 'onTime',
    proposed: 'withoutProblems',
  });
  expect(rating('internal', 'solutionClear', 6)).toBeUndefined();
  expect(rating('public', 'problemClear', 3)).toBeUndefined();
  expect(rating('chainPartners', 'problemClear', 6)).toBeUndefined();
  expect(evaluation.ratings.some((r) => r.phase === 'problemUnclear')).toBe(false);

  // 17. `ketenbord status` judges the same, read-only, while the app holds the workspace.
  const cli = spawnSync(
    process.execPath,
    [
      path.resolve('bin/ketenbord.mjs'),
      'status',
      '--workspace',
      app.workspaceDir,
      '--incident',
      id,
      '--json',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const status = JSON.parse(cli.stdout) as IncidentStatus;
  for (const v of status.verdicts) {
    // phases not reached, and those never tracked (one quiet line on the board), have no cells to compare
    if (v.status === 'upcoming' || v.notRequiredReason === 'notTracked') continue;
    await expect(action(page, v.phase, v.audience, v.action)).toHaveAttribute('data-status', v.status);
  }
});
