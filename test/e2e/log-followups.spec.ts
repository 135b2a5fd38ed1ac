import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatAmsterdam } from '../../shared/log/time';
import { expect, openApp, type TestApp, test } from './fixtures';
import { amsterdamDate, createHistoryIncident } from './helpers/log-fixtures';

/**
 * Issue 9 from the log page: what waits (a question with a deadline, a promised update), what
 * answers or follows up what, an action logged late against its own phase — and every value on
 * the rows as a label in the reader's language, never a code.
 */

interface ListedRow {
  entry: Record<string, unknown> & { seq: number; kind: string };
}
const stored = async (app: TestApp, incidentId: string, seq: number) =>
  (await app.api<{ rows: ListedRow[] }>('log.list', { incidentId, limit: 500 })).rows.find(
    (r) => r.entry.seq === seq,
  )?.entry;

const row = (page: Page, seq: number) => page.locator(`.log-row[data-seq="${seq}"]`);

/** The codes of the model that must never reach a person, in either language. */
const CODES = [
  'dataBreach',
  'unavailability',
  'problemClear',
  'problemUnclear',
  'earlyWarning',
  'intermediateReport',
  'finalReport',
  'chainPartners',
  'outsourcingPartners',
  'actionNotApplicable',
  '| other',
];
/** Visibility codes are English words; as whole words they are codes ("certainly visible" is a label). */
const WORD_CODES = [/\bcertain\b/, /\blikely\b/, /(?<![Ss]ector )supervisor/];

async function expectNoCodes(page: Page) {
  // tall enough that the virtual list has every row in the DOM
  await page.setViewportSize({ width: 1440, height: 2400 });
  const text = (await page.getByTestId('log-list').textContent()) ?? '';
  for (const code of CODES) expect(text, `"${code}" in the log list`).not.toContain(code);
  for (const code of WORD_CODES) expect(text, `${code} in the log list`).not.toMatch(code);
  await page.setViewportSize({ width: 1440, height: 900 });
  return text;
}

test('a question with a deadline answered with Beantwoorden, a promised update, a late action, a supplement: labels in Dutch and English', async ({
  page,
  app,
}) => {
  const incident = await createHistoryIncident(app);
  await page.addInitScript(() => sessionStorage.setItem('ketenbord.author', 'Chantal Bakker'));
  await openApp(page, app, '#/log');
  await expect(page.getByTestId('log-count')).toHaveText('4 regels');
  // the app's own entries in words: several changes in one entry, a decision from its subject
  await expect(row(page, 2)).toContainText('Fase: Probleem onduidelijk → Probleem duidelijk');
  await expect(row(page, 2)).toContainText(
    'Zichtbaarheid Publiek: niet zichtbaar of merkbaar → waarschijnlijk zichtbaar of merkbaar',
  );
  await expect(row(page, 2)).toContainText('Aard: Onbeschikbaar → Onbeschikbaar, Datalek');
  await expect(row(page, 3)).toContainText('niet van toepassing voor Publiek in fase Probleem duidelijk');
  await expect(row(page, 4)).toContainText('Sectortoezichthouder');

  // 1. A journalist's question with a deadline tomorrow at 06:00.
  const tomorrow = amsterdamDate(1);
  await page.getByRole('button', { name: 'Bericht ontvangen…' }).click();
  const received = page.getByRole('dialog', { name: 'Bericht ontvangen vastleggen' });
  await received.getByLabel('Van wie').fill('Redactie NOS');
  await received.getByLabel('Kanaal').fill('telefoon');
  await received.getByLabel('Samenvatting').fill('Hoeveel klanten zijn geraakt?');
  await expect(received.getByTestId('received-answer-by')).toHaveCount(0);
  await received.getByRole('checkbox', { name: /Wacht op antwoord/ }).check();
  const answerBy = received.getByRole('group', { name: 'Antwoord vóór (optioneel)' });
  await answerBy.getByLabel('Tijd (24 uur)').fill('6:75');
  await expect(answerBy.getByText('Schrijf de tijd als uu:mm')).toBeVisible();
  await answerBy.getByLabel('Datum').fill(tomorrow);
  await answerBy.getByLabel('Tijd (24 uur)').fill('06:00');
  await expect(answerBy).toContainText('Dat is morgen om 06:00.');
  await received.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(received).toBeHidden();
  await expect(row(page, 5)).toContainText(
    `van Redactie NOS · via telefoon · wacht op antwoord · antwoord gevraagd vóór ${tomorrow.slice(0, 5)} 06:00`,
  );

  // 2. Beantwoorden opens the message form as the answer to that question.
  await row(page, 5).getByRole('button', { name: 'Beantwoorden #5' }).click();
  const reply = page.getByRole('dialog', { name: 'Bericht verstuurd vastleggen' });
  await expect(reply.getByRole('checkbox', { name: /Dit is het antwoord op regel 5/ })).toBeChecked();
  await expect(reply).toContainText('Redactie NOS: “Hoeveel klanten zijn geraakt?”');
  await expect(reply.getByLabel('Ontvangers')).toHaveValue('Redactie NOS');
  await expect(reply.getByLabel('Kanaal')).toHaveValue('telefoon');
  await reply.getByLabel('Doelgroep').selectOption('public');
  await reply.getByLabel('Samenvatting').fill('Teruggebeld: het aantal volgt vanmiddag');
  await reply.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(reply).toBeHidden();
  await expect(row(page, 6)).toContainText('antwoord op regel 5');
  await expect(row(page, 5)).toContainText('beantwoord in regel 6');
  await expect(row(page, 5)).not.toContainText('wacht op antwoord');
  await expect(row(page, 5).getByRole('button', { name: 'Beantwoorden #5' })).toHaveCount(0);
  await expect(row(page, 5).getByRole('button', { name: 'Beantwoord #5' })).toHaveCount(0);

  // 3. A drafted message promises the next update; the logged message carries it, changed once.
  await page.getByRole('button', { name: 'Bericht opstellen…' }).click();
  const draft = page.getByRole('dialog', { name: 'Bericht opstellen' });
  await draft.getByRole('radio', { name: 'morgen' }).check();
  await draft.getByTestId('draft-next-update').fill('09:30');
  await expect(draft.getByTestId('draft-body')).toHaveValue(/09:30/);
  await draft.getByRole('button', { name: 'Na het versturen: leg het vast' }).click();
  const promised = page.getByRole('dialog', { name: 'Bericht verstuurd vastleggen' });
  const next = promised.getByRole('group', { name: 'Volgende update beloofd om (optioneel)' });
  await expect(next.getByLabel('Datum')).toHaveValue(tomorrow);
  await expect(next.getByLabel('Tijd (24 uur)')).toHaveValue('09:30');
  await next.getByLabel('Tijd (24 uur)').fill('10:00');
  await expect(next).toContainText('Dat is morgen om 10:00.');
  await promised.getByLabel('Kanaal').fill('website');
  await promised.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(promised).toBeHidden();
  await expect(row(page, 7)).toContainText(`volgende update op ${tomorrow.slice(0, 5)} om 10:00`);

  // 4. An action missed in "probleem onduidelijk", logged now against that phase.
  await page.getByRole('button', { name: 'Bericht verstuurd…' }).click();
  const late = page.getByRole('dialog', { name: 'Bericht verstuurd vastleggen' });
  await expect(late.getByLabel('Voor fase')).toHaveValue('');
  await late.getByLabel('Doelgroep').selectOption('chainPartners');
  await late.getByLabel('Actie uit de matrix').selectOption('1');
  await late.getByLabel('Voor fase').selectOption({ label: 'Probleem onduidelijk' });
  await late.getByLabel('Kanaal').fill('telefoon');
  await late.getByLabel('Samenvatting').fill('Ketenpartners alsnog geïnformeerd over de storing');
  await late.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(late).toBeHidden();
  await expect(row(page, 8)).toContainText('Ketenpartners · actie 1 · voor fase Probleem onduidelijk');

  // 5. The AP notification, submitted an hour ago and logged now; then a supplement to it.
  const submitted = new Date(Date.now() - 60 * 60_000).toISOString();
  await page.getByRole('button', { name: 'Melding toezichthouder…' }).click();
  const reg = page.getByRole('dialog', { name: 'Melding aan toezichthouder vastleggen' });
  await expect(reg.getByLabel('Vervolg op (optioneel)')).toContainText('Sectortoezichthouder');
  await reg.getByLabel('Soort melding').selectOption('notification');
  await reg.getByLabel('Kenmerk of meldingsnummer (optioneel)').fill('AP-2026-0041');
  await reg.getByLabel('Wat is gemeld').fill('Datalek gemeld via het meldloket');
  const at = reg.getByRole('group', { name: 'Gemeld om' });
  await expect(at).toContainText('de wettelijke termijnen rekenen hiermee');
  await at.getByLabel('Datum').fill(formatAmsterdam(submitted, 'dd-MM-yyyy'));
  await at.getByLabel('Tijd (24 uur)').fill(formatAmsterdam(submitted, 'HH:mm'));
  await reg.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(reg).toBeHidden();
  await expect(row(page, 9)).toContainText(
    'Melding · Autoriteit Persoonsgegevens (AP) · kenmerk AP-2026-0041',
  );
  await expect(row(page, 9).locator('.log-row__occurred')).toHaveText(formatAmsterdam(submitted, 'HH:mm:00'));

  await page.getByRole('button', { name: 'Melding toezichthouder…' }).click();
  const supplement = page.getByRole('dialog', { name: 'Melding aan toezichthouder vastleggen' });
  const followUp = supplement.getByLabel('Vervolg op (optioneel)');
  await expect(followUp.locator('option[value="9"]')).toHaveText(
    /^Regel 9 · .* · Autoriteit Persoonsgegevens \(AP\) — melding · kenmerk AP-2026-0041$/,
  );
  await followUp.selectOption('9');
  // a follow-up goes to the same regulator, and for the AP the next step is a supplement
  await expect(supplement.getByRole('combobox', { name: /^Toezichthouder/ })).toHaveValue('AP');
  await expect(supplement.getByLabel('Soort melding')).toHaveValue('supplement');
  await supplement.getByLabel('Wat is gemeld').fill('Aantal betrokkenen nagezonden: 1.200');
  await supplement.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(supplement).toBeHidden();
  await expect(row(page, 10)).toContainText(
    'Aanvulling op melding · Autoriteit Persoonsgegevens (AP) · vervolg op regel 9',
  );

  // What is stored is what the forms said.
  expect(await stored(app, incident.id, 5)).toMatchObject({
    kind: 'messageReceived',
    awaitsAnswer: true,
    answerBy: expect.stringMatching(/T0[45]:00:00/),
  });
  expect(await stored(app, incident.id, 6)).toMatchObject({ kind: 'messageSent', inReplyTo: 5 });
  expect(await stored(app, incident.id, 7)).toMatchObject({
    nextUpdateAt: expect.stringMatching(/T0[89]:00:00/),
  });
  expect(await stored(app, incident.id, 8)).toMatchObject({
    forPhase: 'problemUnclear',
    audience: 'chainPartners',
  });
  expect((await stored(app, incident.id, 9))?.occurredAt).toBe(
    new Date(Math.floor(Date.parse(submitted) / 60_000) * 60_000).toISOString(),
  );
  expect(await stored(app, incident.id, 10)).toMatchObject({ notificationType: 'supplement', followUpOf: 9 });

  // No code anywhere in the list, in Dutch.
  const dutch = await expectNoCodes(page);
  expect(dutch).toContain('voor fase Probleem onduidelijk');

  // A decision needs its words: Enter on an empty quick bar says so, and logs nothing.
  const quick = page.getByTestId('log-quick-input');
  await quick.press('Alt+b');
  await expect(page.getByRole('radio', { name: 'Besluit' })).toBeChecked();
  await quick.press('Enter');
  await expect(page.getByText('Typ eerst wat u wilt vastleggen.')).toBeVisible();
  await expect(page.getByTestId('log-count')).toHaveText('10 regels');

  // The same log in English, after switching the language in the settings.
  // through the navigation, as a person would: a reload could race the saving of the setting
  await page
    .getByRole('navigation', { name: 'Onderdelen' })
    .getByRole('link', { name: /Instellingen/ })
    .click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Log$/ }).click();
  await expect(page.getByTestId('log-count')).toHaveText('10 entries');
  await expect(row(page, 2)).toContainText('Phase: Problem unclear → Problem clear');
  await expect(row(page, 3)).toContainText('not applicable to Public in phase Problem clear');
  await expect(row(page, 4)).toContainText('Sector supervisor');
  await expect(row(page, 5)).toContainText('answered in entry 6');
  await expect(row(page, 5)).toContainText(`answer wanted by ${tomorrow.slice(0, 5)} 06:00`);
  await expect(row(page, 6)).toContainText('answers entry 5');
  await expect(row(page, 7)).toContainText(`next update on ${tomorrow.slice(0, 5)} at 10:00`);
  await expect(row(page, 8)).toContainText('Chain partners · action 1 · for phase Problem unclear');
  await expect(row(page, 10)).toContainText(
    'Supplement to a notification · Dutch Data Protection Authority (AP)',
  );
  await expect(row(page, 10)).toContainText('follows up entry 9');
  const english = await expectNoCodes(page);
  expect(english).not.toContain('Probleem');

  // The CSV speaks English too.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^log_/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('regulator');
  expect(csv).toContain('supplement to a notification');
  expect(csv).not.toContain('toezichthouder');
});
