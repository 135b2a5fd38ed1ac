import { formatAmsterdam } from '../../shared/log/time';
import { expect, openApp, type TestApp, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';

interface ListedRow {
  entry: Record<string, unknown> & { seq: number; kind: string };
  effective: (Record<string, unknown> & { seq: number }) | null;
}

const listed = async (app: TestApp, incidentId: string) =>
  (await app.api<{ rows: ListedRow[] }>('log.list', { incidentId, limit: 500 })).rows;

test('received message awaiting an answer, evaluator note, regulator notification: log, answer, correct, filter, reload', async ({
  page,
  app,
}) => {
  const incident = await createTestIncident(app.ctx, { title: 'Oefening datalek', isExercise: true });
  await page.addInitScript(() => sessionStorage.setItem('ketenbord.author', 'Chantal Bakker'));
  await openApp(page, app, '#/log');
  await expect(page.getByTestId('log-count')).toHaveText('1 regel');
  const row = (seq: number) => page.locator(`.log-row[data-seq="${seq}"]`);

  // A question from a chain partner that came in ten minutes ago and still needs an answer.
  const earlier = new Date(Date.now() - 10 * 60_000).toISOString();
  await page.getByRole('button', { name: 'Bericht ontvangen…' }).click();
  const received = page.getByRole('dialog', { name: 'Bericht ontvangen vastleggen' });
  await received.getByLabel('Van wie').fill('Jan Smit (gemeente Utrecht)');
  await received.getByLabel('Kanaal').fill('telefoon');
  await received.getByLabel('Samenvatting').fill('Vraagt of inwoners hun gegevens moeten wijzigen');
  await received.getByRole('checkbox', { name: /Wacht op antwoord/ }).check();
  // with "wacht op antwoord" ticked the form also asks for an answer-by time: pick the right box
  const receivedAt = received.getByRole('group', { name: /^Ontvangen om/ });
  await receivedAt.getByLabel('Datum').fill(formatAmsterdam(earlier, 'dd-MM-yyyy'));
  await receivedAt.getByLabel('Tijd (24 uur)').fill(formatAmsterdam(earlier, 'HH:mm'));
  await received.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(received).toBeHidden();
  await expect(row(2)).toContainText('Bericht ontvangen');
  await expect(row(2)).toContainText('van Jan Smit (gemeente Utrecht) · via telefoon · wacht op antwoord');
  await expect(row(2).locator('.log-row__occurred')).toHaveText(formatAmsterdam(earlier, 'HH:mm:00'));

  // In an exercise the evaluator's note has its own button, and the box starts ticked.
  await page.getByRole('button', { name: 'Beoordelaar…' }).click();
  const note = page.getByRole('dialog', { name: 'Notitie van de oefenbeoordelaar vastleggen' });
  await expect(note.getByRole('checkbox', { name: /Notitie van de oefenbeoordelaar/ })).toBeChecked();
  await note.getByLabel('Wat is waargenomen').fill('Woordvoerder pas na 40 minuten ingeschakeld');
  await note.getByLabel('Medium (optioneel)').fill('eigen waarneming');
  await note.getByRole('radio', { name: 'Negatief' }).check();
  await note.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(note).toBeHidden();
  await expect(row(3)).toContainText('Waarneming');
  await expect(row(3).locator('.log-kind--evaluator')).toHaveText('Notitie beoordelaar');
  await expect(row(3)).toContainText('eigen waarneming · toon: negatief');

  // The regulator notification: the required name appears for "other", and AP needs none.
  await page.getByRole('button', { name: 'Melding toezichthouder…' }).click();
  const reg = page.getByRole('dialog', { name: 'Melding aan toezichthouder vastleggen' });
  await reg.getByLabel('Toezichthouder').selectOption('other');
  await reg.getByLabel('Wat is gemeld').fill('Datalek gemeld via het meldloket');
  await reg.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(reg.getByText('Vul dit in.')).toBeVisible();
  await reg.getByLabel('Toezichthouder').selectOption('AP');
  await reg.getByLabel('Soort melding').selectOption('earlyWarning');
  await reg.getByLabel('Kenmerk of meldingsnummer (optioneel)').fill('AP-2026-0041');
  await reg.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(reg).toBeHidden();
  await expect(row(4)).toContainText('Melding toezichthouder');
  await expect(row(4)).toContainText(
    'Vroegtijdige waarschuwing · Autoriteit Persoonsgegevens (AP) · kenmerk AP-2026-0041',
  );

  // The quick bar: Alt+W observation, Alt+O the evaluator (only in an exercise), Enter logs.
  const quick = page.getByTestId('log-quick-input');
  await quick.press('Alt+w');
  await expect(page.getByRole('radio', { name: 'Waarneming' })).toBeChecked();
  await quick.fill('Eerste vragen van journalisten via de persvoorlichter');
  await quick.press('Enter');
  await expect(row(5)).toContainText('Eerste vragen van journalisten');
  await quick.press('Alt+o');
  await expect(page.getByRole('radio', { name: 'Beoordelaar' })).toBeChecked();
  await quick.fill('Draaiboek lag op tafel, werd niet geraadpleegd');
  await quick.press('Enter');
  await expect(row(6).locator('.log-kind--evaluator')).toHaveText('Notitie beoordelaar');

  // The question is answered: one click on the row, Enter confirms.
  await row(2).getByRole('button', { name: 'Beantwoord #2' }).click();
  const answered = page.getByRole('dialog', { name: 'Vraag van regel 2 beantwoord' });
  await answered.getByLabel('Hoe en door wie beantwoord').fill('Teruggebeld door Chantal');
  await answered.getByLabel('Hoe en door wie beantwoord').press('Enter');
  await expect(answered).toBeHidden();
  await expect(row(2)).toContainText('gecorrigeerd in regel 7');
  await expect(row(2)).toContainText('oorspronkelijk wacht op antwoord: ja');
  await expect(row(2).getByRole('button', { name: 'Beantwoord #2' })).toHaveCount(0);

  // One correction, two fields: the reference and the kind of notification.
  await row(4).getByRole('button', { name: 'Corrigeren #4' }).click();
  const fix = page.getByRole('dialog', { name: 'Regel 4 corrigeren' });
  const first = fix.getByRole('group', { name: 'Veld 1' });
  await first.getByLabel('Wat klopt er niet?').selectOption('reference');
  await first.getByLabel('Wordt').fill('AP-2026-0042');
  await fix.getByRole('button', { name: 'Veld toevoegen' }).click();
  const second = fix.getByRole('group', { name: 'Veld 2' });
  await expect(second.getByLabel('Wat klopt er niet?')).toBeFocused();
  await second.getByLabel('Wat klopt er niet?').selectOption('notificationType');
  await second.getByLabel('Wordt').selectOption('notification');
  await fix
    .getByLabel('Waarom (verplicht)')
    .fill('Kenmerk verkeerd overgenomen; het was de volledige melding');
  await fix.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await expect(fix).toBeHidden();
  await expect(row(4)).toContainText('Melding · Autoriteit Persoonsgegevens (AP) · kenmerk AP-2026-0042');
  await expect(row(4)).toContainText('gecorrigeerd in regel 8');
  await expect(row(4)).toContainText('oorspronkelijk kenmerk: AP-2026-0041');
  await expect(row(4)).toContainText('oorspronkelijk soort melding: Vroegtijdige waarschuwing');

  // What is stored is what the forms said.
  const stored = await listed(app, incident.id);
  expect(stored.find((r) => r.entry.seq === 2)?.entry).toMatchObject({
    kind: 'messageReceived',
    from: 'Jan Smit (gemeente Utrecht)',
    awaitsAnswer: true,
  });
  expect(stored.find((r) => r.entry.seq === 2)?.effective).toMatchObject({ awaitsAnswer: false });
  expect(stored.find((r) => r.entry.seq === 3)?.entry).toMatchObject({
    kind: 'observation',
    evaluatorNote: true,
    tone: 'negative',
    medium: 'eigen waarneming',
  });
  expect(stored.find((r) => r.entry.seq === 8)?.entry).toMatchObject({
    kind: 'correction',
    corrects: 4,
    changes: { reference: 'AP-2026-0042', notificationType: 'notification' },
  });

  // Filter by kind finds each; and again after a reload.
  const kind = page.getByRole('combobox', { name: /^Soort/ });
  async function findEach() {
    await kind.selectOption('messageReceived');
    await expect(page.getByTestId('log-count')).toHaveText('1 van 8 regels');
    await expect(row(2)).toContainText('Vraagt of inwoners hun gegevens moeten wijzigen');
    await kind.selectOption('observation');
    await expect(page.getByTestId('log-count')).toHaveText('3 van 8 regels');
    await expect(row(3)).toContainText('Woordvoerder pas na 40 minuten ingeschakeld');
    await kind.selectOption('regulatorNotification');
    await expect(page.getByTestId('log-count')).toHaveText('1 van 8 regels');
    await expect(row(4)).toContainText('AP-2026-0042');
    await kind.selectOption('');
  }
  await findEach();
  await page.reload();
  await expect(page.getByTestId('log-count')).toHaveText('8 regels');
  await findEach();
  await app.restart();
  await page.goto(`${app.url}#/log`);
  await expect(page.getByTestId('log-count')).toHaveText('8 regels');
  await findEach();
});

test('outside an exercise: no evaluator kind in the quick bar, the evaluator box is a quiet option', async ({
  page,
  app,
}) => {
  await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  await page.addInitScript(() => sessionStorage.setItem('ketenbord.author', 'Bram Jansen'));
  await openApp(page, app, '#/log');
  await expect(page.getByRole('button', { name: 'Beoordelaar…' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Beoordelaar' })).toHaveCount(0);
  const quick = page.getByTestId('log-quick-input');
  await quick.press('Alt+o');
  await expect(page.getByRole('radio', { name: 'Notitie' })).toBeChecked();
  await page.getByRole('button', { name: 'Waarneming…' }).click();
  const form = page.getByRole('dialog', { name: 'Waarneming vastleggen' });
  await expect(form.getByRole('checkbox', { name: /Notitie van de oefenbeoordelaar/ })).not.toBeChecked();
  await form.getByLabel('Wat is waargenomen').fill('Nieuwssite meldt de storing');
  await form.getByRole('radio', { name: 'Neutraal' }).check();
  await form.getByLabel('Tijd (24 uur)').fill('25:00');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form.getByText('Schrijf de datum als dd-mm-jjjj')).toBeVisible();
  await form.getByRole('button', { name: 'Nu', exact: true }).click();
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.log-row[data-seq="2"]')).toContainText('toon: neutraal');
  await expect(page.locator('.log-row[data-seq="2"]')).not.toContainText('Notitie beoordelaar');
});

test('drafting: the next update is today or tomorrow at a 24-hour time and fills the template', async ({
  page,
  app,
}) => {
  await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  await openApp(page, app, '#/log');
  await page.getByRole('button', { name: 'Bericht opstellen…' }).click();
  const draft = page.getByRole('dialog', { name: 'Bericht opstellen' });
  await expect(draft.getByTestId('draft-body')).toHaveValue(/uiterlijk/);
  await draft.getByRole('radio', { name: 'morgen' }).check();
  await draft.getByTestId('draft-next-update').fill('09:30');
  // "morgen", not a date: the media check advises against dates in public messages
  await expect(draft.getByTestId('draft-body')).toHaveValue(/uiterlijk morgen 09:30/);
  await draft.getByTestId('draft-next-update').fill('9:75');
  await expect(draft.getByText('Schrijf de tijd als uu:mm')).toBeVisible();
  await draft.getByRole('radio', { name: 'vandaag' }).check();
  await draft.getByTestId('draft-next-update').fill('23:59');
  await expect(draft.getByTestId('draft-body')).toHaveValue(/uiterlijk 23:59/);
});
