import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Download } from '@playwright/test';
import type { EvaluationView } from '../../shared/api/report-api';
import { SCRIPTED_INCIDENT_ID, writeScriptedExercise } from '../fixtures/scripted-exercise';
import { expect, openApp, test } from './fixtures';

const SCREENS = path.resolve('.tmp/screens/reports');

async function exportFiles(page: import('@playwright/test').Page, count: number): Promise<Download[]> {
  const downloads: Download[] = [];
  const listener = (d: Download) => downloads.push(d);
  page.on('download', listener);
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Klaar: \d bestand/ })).toBeVisible({
    timeout: 60_000,
  });
  page.off('download', listener);
  expect(downloads).toHaveLength(count);
  return downloads;
}

test('the exercise leader fills in the evaluation and exports both reports as Word and PDF', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await writeScriptedExercise(app.ctx.requireWorkspace(), { withEvaluation: false });
  await openApp(page, app, '#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
  await expect(page.getByLabel('Incident')).toContainText('Oefening: storing Mijn DUR');

  // The evaluation form is open for an exercise, with the observer notes from the log.
  const form = page.locator('details.reports-evaluation');
  await expect(
    form.getByText('het crisisteam wist binnen tien minuten wie de woordvoering had'),
  ).toBeVisible();
  await form.getByLabel('Datum van de oefening').fill('2026-11-19');
  await form.getByLabel('Soort oefening').fill('Table-top');
  await form.getByLabel('Scenario').fill('Storing Mijn DUR met een lek in de exportfunctie');
  await form.getByLabel('Oefenleider').fill('Marieke Jansen');
  await form.getByLabel('Deelnemende organisaties').fill('DUR\nSPPD');
  await form.getByLabel('Reikwijdte').fill('Alleen de communicatie');
  await form.getByRole('button', { name: 'Toevoegen: deelnemers' }).click();
  await form.getByLabel('Naam 1').first().fill('Marieke Jansen');
  await form.getByLabel('Rol 1').fill('voorzitter');
  await form.getByRole('button', { name: 'Toevoegen: waarnemers' }).click();
  const observers = form.locator('fieldset', { hasText: 'Waarnemers' });
  await observers.getByLabel('Organisatie 1').fill('FG');
  await observers.getByLabel('Naam 1').fill('Esther van Dijk');

  // The management summary's conclusions and two objectives, one judged with findings.
  await form.getByLabel('Belangrijkste conclusies').fill('Snel op orde, klanten te laat geïnformeerd.');
  await form.getByRole('button', { name: 'Toevoegen: doelen' }).click();
  await form.getByRole('button', { name: 'Toevoegen: doelen' }).click();
  await form.getByLabel('Doel 1', { exact: true }).fill('Binnen een uur iedereen informeren');
  await form.getByLabel('Oordeel 1', { exact: true }).selectOption('partlyAchieved');
  await form.getByLabel('Bevindingen 1').fill('Klanten pas na 100 minuten');
  await form.getByLabel('Doel 2', { exact: true }).fill('Op tijd melden bij de AP');

  // Overrule one proposed rating, with a remark; the proposal is shown in the list.
  const rating = form.getByLabel('Oordeel voor Klanten, Probleem duidelijk, actie 4');
  await expect(rating).toHaveValue('proposal');
  await expect(rating.locator('option[value="proposal"]')).toHaveText('Voorstel: met enige problemen');
  await rating.selectOption('majorProblems');
  await form
    .getByLabel('Opmerking bij Klanten, Probleem duidelijk, actie 4')
    .fill('Tekst bleef 40 minuten liggen');

  await form.getByRole('button', { name: 'Toevoegen: sterke punten' }).click();
  await form.getByLabel('Sterk punt 1').fill('Woordvoering direct belegd');
  await form
    .getByLabel('Hoort bij doel 1')
    .first()
    .selectOption({ label: '1. Binnen een uur iedereen informeren' });
  await form.getByRole('button', { name: 'Toevoegen: verbeterpunten' }).click();
  await form.getByLabel('Verbeterpunt 1').fill('Klantteksten vooraf klaarzetten');
  await form.getByLabel('Aanbevelingen').fill('Klantteksten per soort incident klaarzetten');
  await form.getByRole('button', { name: 'Toevoegen: verbeteracties' }).click();
  const plan = form.locator('fieldset', { hasText: 'Verbeteracties' });
  await plan.getByLabel('Bevinding 1').fill('Klantteksten vooraf klaarzetten');
  await plan.getByLabel('Wat 1').fill('Sjabloon klantbericht datalek opstellen');
  await plan.getByLabel('Eigenaar 1').fill('Sanne Bos');
  await plan.getByLabel('Organisatie 1').fill('Communicatie');
  await plan.getByLabel('Gereed op 1').fill('2027-01-15');
  await plan.getByLabel('Prioriteit 1').selectOption('high');
  await form.getByLabel('Binnen de eigen organisatie').fill('Geen vragen meer');
  await form.getByLabel('Vastgesteld door').fill('J. de Vries');
  await form.getByRole('button', { name: 'Toevoegen: aan te passen in het protocol' }).click();
  const update = form.locator('fieldset', { hasText: 'Aan te passen in het protocol 1' });
  await update.getByLabel('Wat').fill('Vervangers vastleggen');
  await update.getByRole('checkbox').first().check();
  await form.getByLabel('Volgende oefening').fill('2027-11-18');
  await form.getByLabel('Uw naam').fill('Marieke Jansen');
  // the shell scrolls inside its content area: a tall window shows the whole form in one picture
  await page.setViewportSize({ width: 1440, height: 5200 });
  await page.screenshot({ path: path.join(SCREENS, 'ui-evaluation-filled.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  // the improvement plan's eight columns, as the evaluator sees them
  await plan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENS, 'ui-evaluation-plan.png') });
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(form.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(form.getByText(/Gereedheid vastgelegd op/)).toBeVisible();

  const saved = await app.api<EvaluationView>('evaluation.get', { incidentId: SCRIPTED_INCIDENT_ID });
  expect(saved.saved).toBe(true);
  expect(saved.evaluation.exercise.participants).toEqual([{ name: 'Marieke Jansen', role: 'voorzitter' }]);
  expect(saved.evaluation.improvementActions).toEqual([
    {
      finding: 'Klantteksten vooraf klaarzetten',
      what: 'Sjabloon klantbericht datalek opstellen',
      owner: 'Sanne Bos',
      organisation: 'Communicatie',
      start: null,
      due: '2027-01-15',
      status: 'planned',
      priority: 'high',
    },
  ]);
  expect(saved.evaluation.exercise.objectives).toEqual([
    {
      text: 'Binnen een uur iedereen informeren',
      verdict: 'partlyAchieved',
      findings: 'Klanten pas na 100 minuten',
    },
    { text: 'Op tijd melden bij de AP', verdict: null, findings: '' },
  ]);
  expect(saved.evaluation.strengths).toEqual([{ text: 'Woordvoering direct belegd', objective: 0 }]);
  expect(saved.evaluation.action10Outcomes).toEqual([{ audience: 'internal', outcome: 'Geen vragen meer' }]);
  expect(saved.evaluation.approval.by).toBe('J. de Vries');
  expect(saved.evaluation.protocolUpdates[0]?.gapIds).toHaveLength(1);
  expect(
    saved.ratings.find((r) => r.audience === 'customers' && r.action === 4 && r.phase === 'problemClear'),
  ).toMatchObject({
    rating: 'majorProblems',
    overridden: true,
  });

  // Export: each kind in both formats, as downloads in the browser host.
  for (const kind of ['Evaluatie van de oefening', 'Nazorgrapportage']) {
    await page.getByRole('radio', { name: kind }).check();
    await page.getByRole('radio', { name: 'Word en PDF' }).check();
    await page.getByLabel('Rubricering').selectOption('vertrouwelijk');
    const files = await exportFiles(page, 2);
    for (const download of files) {
      const name = download.suggestedFilename();
      const file = path.join(app.root, name);
      await download.saveAs(file);
      if (name.endsWith('.pdf')) {
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('VERTROUWELIJK');
        expect(text).toContain('Integriteitsverklaring');
        expect(text).toContain('Vastgesteld door J. de Vries');
        if (kind.startsWith('Evaluatie')) {
          expect(text).toContain('1. Managementsamenvatting');
          expect(text).toContain('deels behaald');
        }
      } else {
        expect(name).toMatch(/\.docx$/);
        const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        });
        expect(xml).toContain('Integriteitsverklaring');
        if (kind.startsWith('Evaluatie')) expect(xml).toContain('Woordvoering direct belegd');
      }
    }
  }
  await page
    .locator('section.reports-panel')
    .first()
    .screenshot({ path: path.join(SCREENS, 'ui-export-done.png') });
});

test('the export screen can be worked with the keyboard alone', async ({ page, app }) => {
  await writeScriptedExercise(app.ctx.requireWorkspace(), { withEvaluation: true });
  await openApp(page, app, '#/reports');
  const aftercare = page.getByRole('radio', { name: 'Nazorgrapportage' });
  await aftercare.focus();
  await page.keyboard.press('Space');
  await expect(aftercare).toBeChecked();
  await page.getByRole('radio', { name: 'PDF', exact: true }).focus();
  await page.keyboard.press('Space');
  const exportButton = page.getByRole('button', { name: 'Exporteren' });
  await exportButton.focus();
  await expect(exportButton).toBeFocused();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Klaar: 1 bestand gemaakt.' })).toBeVisible({
    timeout: 60_000,
  });
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([
    `nazorgrapportage-${SCRIPTED_INCIDENT_ID}.pdf`,
  ]);
});
