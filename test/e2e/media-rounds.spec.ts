import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { incidentJournal } from '../../electron/services/workspace/journals';
import { expect, openApp, test } from './fixtures';
import { createOutageIncident } from './helpers/outage-incident';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * Issue 16: media rounds come due at the roster's frequency (the sample's social media: every 30
 * minutes, watched by Yusuf Demir), join the waiting strip, are recorded with one key, and a
 * negative turn suggests the nature "negative publicity" without adding it by itself.
 */
const AUTHOR = 'Yusuf Demir';
const SCREENS = process.env.KETENBORD_SCREENS ? path.resolve('.tmp/screens') : null;

test('a media round comes due, waits in the strip, is recorded with one key and suggests a nature', async ({
  page,
  app,
}) => {
  await loadSampleProtocol(app);
  await page.clock.install();
  const incident = await createOutageIncident(app, {
    title: 'Storing Mijn DUR',
    author: AUTHOR,
    detectedAt: new Date().toISOString(),
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, app, '#/board');
  const strip = page.getByTestId('waiting-strip');
  await expect(page.locator('.board-title')).toContainText('Storing Mijn DUR');
  await expect(strip.locator('[data-kind="mediaRound"]')).toHaveCount(0);

  // 21 minutes on: the 30-minute social-media round is 9 minutes away and joins the strip
  await page.clock.fastForward('21:00');
  // Minutes only: under Playwright's fake clock the page's @date-fns/tz formats in UTC (a whole
  // hour off); the Amsterdam hour of the summary is checked in test/unit/exercise/media-rounds.test.ts.
  const minutes = (iso: string, plus: number) =>
    new Date(Date.parse(iso) + plus * 60_000).toISOString().slice(14, 16);
  const due = minutes(incident.createdAt, 30);
  const social = strip.locator('[data-kind="mediaRound"]', { hasText: 'Social media' });
  await expect(social).toContainText(new RegExp(`Social media — volgende ronde \\d\\d:${due} — Yusuf Demir`));
  if (SCREENS) {
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'media-round-strip.png') });
  }

  // one key opens the round; the soonest medium is chosen
  await page.keyboard.press('o');
  await page.getByLabel('Uw naam').fill(AUTHOR);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Mediaronde vastleggen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Medium', { exact: true })).toHaveValue('media-social-media');
  await dialog.getByRole('radio', { name: 'Storm' }).check();
  await dialog.getByRole('radio', { name: 'Negatief' }).check();
  await dialog
    .getByLabel('Wat zegt dit medium nu?')
    .fill('Veel boze reacties over het vastlopen van Mijn DUR');
  await dialog.getByLabel('Links (optioneel, één per regel)').fill('geen-link');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Dit is geen volledige link');
  await dialog.getByLabel('Links (optioneel, één per regel)').fill('https://social.example/post/123');
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'media-round-dialog.png') });
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();

  // the negative turn: a suggestion, and "not now" leaves the natures as they are
  const suggestion = page.getByRole('dialog', { name: 'De toon slaat om' });
  await expect(suggestion).toContainText('Negatieve publiciteit');
  await suggestion.getByRole('button', { name: 'Niet nu' }).click();
  await expect(suggestion).toBeHidden();
  const after = await app.api<{ natures: string[] }>('incident.get', { id: incident.id });
  expect(after.natures).toEqual(['unavailability']);

  const journal = await incidentJournal(app.ctx.requireWorkspace(), incident.id);
  const recorded = journal.entries().at(-1);
  expect(recorded).toMatchObject({
    kind: 'observation',
    medium: 'Social media',
    tone: 'negative',
    author: AUTHOR,
    mediaRound: {
      monitorId: 'media-social-media',
      volume: 'storm',
      links: ['https://social.example/post/123'],
    },
  });
  // the next round is one interval after this one
  const next = minutes(recorded?.occurredAt ?? '', 30);
  await expect(social).toContainText(new RegExp(`volgende ronde \\d\\d:${next} —`));

  // a second negative round of the same medium is no new turn; adding the nature is the team's choice
  await page.keyboard.press('o');
  await dialog.getByRole('radio', { name: 'Negatief' }).check();
  await dialog.getByRole('radio', { name: 'Storm' }).check();
  await dialog.getByLabel('Wat zegt dit medium nu?').fill('Het blijft onrustig');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await suggestion.getByRole('button', { name: 'Aard toevoegen' }).click();
  await expect(suggestion).toBeHidden();
  const added = await app.api<{ natures: string[] }>('incident.get', { id: incident.id });
  expect(added.natures).toEqual(['negativePublicity', 'unavailability']);

  // the report lists the rounds per medium, with how the tone went
  const exported = await app.api<{ base64: string }>('report.export', {
    incidentId: incident.id,
    kind: 'aftercare',
    format: 'pdf',
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ketenbord-media-pdf-'));
  const pdf = path.join(dir, 'nazorg.pdf');
  await writeFile(pdf, Buffer.from(exported.base64, 'base64'));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Mediabeeld');
  expect(text).toContain('Social media: 2 rondes; toon negatief');
  expect(text).toContain('Het blijft onrustig');
  await rm(dir, { recursive: true, force: true });
});
