import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, type TestApp, test } from './fixtures';
import { AUTHOR, breachExercise } from './helpers/breach-exercise';

/**
 * Issue 13, one text layer: with the app in English, no screen shows Dutch of its own. What the
 * organisation typed (the sample protocol's names, channels and roles; the incident's title and log
 * lines) stays as typed: every string stored in the workspace is taken out of the page text before
 * the check, so only the app's own words are judged. Proper names on the About screen (the CIP
 * handreiking's Dutch title and its publisher) are allowed by name.
 */

/** Words a Dutch interface uses and an English one never does (whole words, case as written). */
const DUTCH_MARKERS = [
  'het',
  'de',
  'een',
  'van',
  'niet',
  'voor',
  'naar',
  'wordt',
  'geen',
  'nog',
  'ook',
  'bij',
  'uw',
  'Opslaan',
  'Annuleren',
  'Sluiten',
  'Loggen',
  'gelogd',
  'verplicht',
  'Doelgroep',
  'Fase',
  'fase',
  'Oefening',
  'OEFENING',
  'Logboek',
  'Instellingen',
  'Werkmap',
  'Incidenten',
  'Overzicht',
  'Kanaal',
  'Bericht',
  'Actie',
  'Vastleggen',
  'Toevoegen',
  'toevoegen',
  'Verwijderen',
  'Kies',
  'Vul',
  'incident aanmaken',
  'privé',
  'datum',
  'tijd',
  'dd-mm-jjjj',
  'uu:mm',
];
const MARKER = new RegExp(`(?<![\\p{L}\\d-])(${DUTCH_MARKERS.join('|')})(?![\\p{L}\\d-])`, 'u');

/** Proper names that are Dutch whatever the interface language (the source and its publisher). */
const PROPER_NAMES = [
  'Ketencommunicatie bij Crises',
  'Centrum Informatiebeveiliging en Privacybescherming',
  'Nederlands',
];

/** Every string stored in the workspace: what the organisation and the test typed, allowed as typed. */
async function storedStrings(dir: string): Promise<string[]> {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= 3) out.add(value.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.name.endsWith('.json')) walk(JSON.parse(await readFile(full, 'utf8')));
      else if (entry.name.endsWith('.jsonl')) {
        for (const line of (await readFile(full, 'utf8')).split('\n')) {
          if (line.trim()) walk(JSON.parse(line));
        }
      }
    }
  };
  await visit(dir);
  // longest first, so a title is taken out whole before a word inside it
  return [...out].sort((a, b) => b.length - a.length);
}

/** The page's visible text plus the names and hints a screen reader or an empty field shows. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point; hidden text is not shown
    const parts = [document.body.innerText];
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]'),
    )) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(attr);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lines of the page's own text that still speak Dutch. */
async function dutchLines(page: Page, app: TestApp): Promise<string[]> {
  const allowed = [...(await storedStrings(app.workspaceDir)), ...PROPER_NAMES];
  let text = await shownText(page);
  // a long stored text cut short on screen ("Er is een (vermoedelijk) datalek…") is still stored text
  text = text.replace(/[^·:\n]{8,}…/g, (cut) =>
    allowed.some((s) => s.startsWith(cut.slice(0, -1).trim())) ? ' ' : cut,
  );
  for (const s of allowed) {
    // a short value ("DUR") only as a word of its own; a longer one wherever it stands (inline
    // elements run together in innerText: "EXERCISEAanval op het klantportaal")
    const edge = s.length < 6 ? ['(?<![\\p{L}\\d])', '(?![\\p{L}\\d])'] : ['', ''];
    text = text.replace(new RegExp(`${edge[0]}${escapeRegExp(s)}${edge[1]}`, 'gu'), ' ');
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => MARKER.test(l));
}

async function switchToEnglish(page: Page, app: TestApp): Promise<void> {
  await openApp(page, app, '#/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const SCREENS: Array<[string, RegExp]> = [
  ['#/home', /Overview|Ketenbord/],
  ['#/protocol/organisation', /Protocol/],
  ['#/protocol/systems', /Protocol/],
  ['#/protocol/stakeholders', /Protocol/],
  ['#/protocol/crisisTeam', /Protocol/],
  ['#/protocol/channels', /Protocol/],
  ['#/protocol/media', /Protocol/],
  ['#/protocol/escalation', /Protocol/],
  ['#/protocol/exercise', /Protocol/],
  ['#/protocol/people', /Protocol/],
  ['#/protocol/import', /Protocol/],
  ['#/protocol/readiness', /Protocol/],
  ['#/protocol/data', /Protocol/],
  ['#/incidents', /Incidents/],
  ['#/board', /./],
  ['#/log', /Log/],
  ['#/reports', /Reports/],
  ['#/settings', /Settings/],
  ['#/about', /About/],
  ['#/exercise', /Exercise/],
  ['#/room', /Crisis room/],
  ['#/replay', /Replay/],
];

/** Collects what still speaks Dutch per step, so one run names every place at once. */
function collector(page: Page, app: TestApp) {
  const found: Record<string, string[]> = {};
  return {
    found,
    async check(step: string): Promise<void> {
      const lines = await dutchLines(page, app);
      if (lines.length > 0) found[step] = lines;
      if (process.env.KETENBORD_SCREENS) {
        const name = step.replace(/\W+/g, '-').replace(/^-|-$/g, '');
        await page.screenshot({ path: `.tmp/screens/english-${name}.png`, fullPage: true });
      }
    },
  };
}

async function report(found: Record<string, string[]>): Promise<void> {
  await writeFile('.tmp/english-ui-found.json', JSON.stringify(found, null, 2)).catch(() => undefined);
  expect(found).toEqual({});
}

test('in English, no screen shows Dutch of its own', async ({ page, app }) => {
  test.setTimeout(120_000);
  await breachExercise(app);
  await switchToEnglish(page, app);
  const { found, check } = collector(page, app);
  for (const [hash, heading] of SCREENS) {
    await page.goto(`${app.url}${hash}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    // the data arrives after the heading: wait until nothing says it is loading
    await expect(page.locator('.loading')).toHaveCount(0);
    await check(hash);
  }
  // the projector, where a small beamer gets the actions' short wall names
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(app.projectorUrl);
  await expect(page.locator('.board-title')).toBeVisible();
  await check('projector 1024x768');
  await report(found);
});

test('in English, the forms and their messages speak English', async ({ page, app }) => {
  test.setTimeout(120_000);
  await breachExercise(app);
  await switchToEnglish(page, app);
  const { found, check } = collector(page, app);

  // protocol editor: a required field left empty, a phone number that cannot be one
  await page.goto(`${app.url}#/protocol/people`);
  const name = page.getByLabel('Name', { exact: true }).first();
  await name.fill('');
  await name.blur();
  const phone = page.getByLabel('Work phone').first();
  await phone.fill('12');
  await phone.blur();
  await expect(page.locator('.field-error')).toHaveCount(2);
  await check('protocol: required field and bad phone number');
  await expect.soft(page.getByText('This field is required.').first()).toBeVisible();
  await expect.soft(page.getByText(/^This phone number is not valid: "12"/).first()).toBeVisible();

  // a new incident sent off empty
  await page.goto(`${app.url}#/incidents`);
  await page.getByRole('button', { name: 'Create incident' }).click();
  await check('incidents: empty form');

  // the board's log dialog, with its recipients, clock fields and checklist
  await page.goto(`${app.url}#/board`);
  await page
    .getByRole('button', { name: /^Log action \d+ for/ })
    .first()
    .click();
  const who = page.getByRole('dialog', { name: 'Who is at the keyboard?' });
  await who.getByLabel('Your name').fill(AUTHOR);
  await check('board: who is at the keyboard');
  await who.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Logged as sent' });
  await expect(dialog).toBeVisible();
  await check('board: log dialog');
  await page.keyboard.press('Escape');

  // the exercise leader's screen with a scenario loaded: the inject table and its verdicts
  await page.goto(`${app.url}#/exercise`);
  await page.getByLabel("Exercise leader's name").fill(AUTHOR);
  await page.getByRole('button', { name: /^Load the sample scenario/ }).click();
  await expect(page.getByRole('table', { name: "Injects and the team's responses" })).toBeVisible();
  await check('exercise: scenario loaded');

  // the log's forms
  await page.goto(`${app.url}#/log`);
  for (const form of ['Message sent…', 'Message received…', 'Regulator notification…', 'Draft a message…']) {
    await page.getByRole('button', { name: form }).click();
    const opened = page.getByRole('dialog');
    await expect(opened).toBeVisible();
    await check(`log: ${form}`);
    await page.keyboard.press('Escape');
    await expect(opened).toHaveCount(0);
  }
  await report(found);
});
