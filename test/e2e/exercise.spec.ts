import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { incidentJournal } from '../../electron/services/workspace/journals';
import type { ExerciseView } from '../../shared/api/exercise-api';
import type { LogEntry } from '../../shared/log/entry-schema';
import { formatAmsterdam } from '../../shared/log/time';
import { expect, openApp, type TestApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * Issue 16, "done means": the shipped scenario (20 injects over 2 hours) run at 60× — two minutes —
 * through the exercise leader's screen. Injects must reach the log on time, the players' responses
 * (logged through the same API the board uses) must be matched and timed, and the leader sees late
 * and missing responses; the projector may not ask.
 */
const LEADER = 'Marieke Jansen';
const PLAYER = 'Joost Mulder';
const SCREENS = process.env.KETENBORD_SCREENS ? path.resolve('.tmp/screens') : null;

async function injectEntries(app: TestApp, incidentId: string): Promise<LogEntry[]> {
  const journal = await incidentJournal(app.ctx.requireWorkspace(), incidentId);
  return journal.entries().filter((e) => e.kind === 'messageReceived' && e.inject !== undefined);
}

async function waitForInject(app: TestApp, incidentId: string, injectId: string): Promise<LogEntry> {
  let found: LogEntry | undefined;
  await expect
    .poll(
      async () => {
        found = (await injectEntries(app, incidentId)).find(
          (e) => e.kind === 'messageReceived' && e.inject?.id === injectId,
        );
        return found !== undefined;
      },
      { timeout: 150_000, intervals: [100] },
    )
    .toBe(true);
  return found as LogEntry;
}

function respond(app: TestApp, incidentId: string, audience: string, action: number, summary: string) {
  return app.api('board.logAction', {
    incidentId,
    author: PLAYER,
    audience,
    action,
    recipients: [],
    channel: 'E-mail',
    sentBy: PLAYER,
    summary,
  });
}

const row = (page: Page, injectId: string) => page.locator(`tr[data-inject="${injectId}"]`);

test('the shipped scenario runs itself at 60×: injects on time, responses matched and timed', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await loadSampleProtocol(app);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, app, '#/exercise');
  await expect(page.getByRole('heading', { level: 1, name: 'Oefenleiding' })).toBeVisible();
  await page.getByLabel('Naam oefenleider').fill(LEADER);
  await page.getByRole('button', { name: /Voorbeeldscenario laden/ }).click();
  await expect(page.getByText('Klaar om te starten')).toBeVisible();
  await expect(page.locator('tr[data-inject]')).toHaveCount(20);

  await page.getByLabel('Snelheid').selectOption('60');
  await expect(page.getByLabel('Snelheid')).toHaveValue('60');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Loopt', { exact: true })).toBeVisible();
  const view = await app.api<ExerciseView>('exercise.get', {});
  const id = view.incidentId;
  const startedAt = Date.parse(view.startedAt ?? '');

  // the projector's token may not see the leader's view
  const projectorToken = new URL(app.projectorUrl).searchParams.get('token') ?? '';
  const refused = await page.request.post(`${app.origin}/api/exercise.get`, {
    headers: { 'x-ketenbord-token': projectorToken },
    data: {},
  });
  expect(((await refused.json()) as { ok: boolean }).ok).toBe(false);

  // The players respond as a team would: some at once, one late, some never.
  await waitForInject(app, id, 'i01-servicedesk');
  await respond(app, id, 'internal', 1, 'Crisisteam en directie ingelicht over de storing in Mijn DUR');
  await waitForInject(app, id, 'i02-soc');
  await row(page, 'i02-soc').getByRole('button', { name: 'Reactie op inject i02-soc afvinken' }).click();
  await expect(row(page, 'i02-soc')).toHaveAttribute('data-verdict', 'onTime');
  await waitForInject(app, id, 'i06-forensisch');
  await respond(app, id, 'internal', 6, 'Datalekprocedure gestart, FG ingeschakeld');
  const breach = await waitForInject(app, id, 'i09-twitter');
  if (SCREENS) {
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'exercise-leader-running.png'), fullPage: true });
  }
  // 20 scenario minutes after the post went viral = 20 s at 60×; the norm is 15 minutes
  await page.waitForTimeout(Math.max(0, Date.parse(breach.recordedAt) + 20_000 - Date.now()));
  await respond(app, id, 'public', 3, 'Bericht op de website over de storing en het onderzoek');

  const last = await waitForInject(app, id, 'i20-afronding');
  expect(Date.parse(last.recordedAt) - startedAt).toBeLessThan(125_000);

  // 1. Every inject arrived on time: offset in minutes at 60× = seconds after the start, ± 1 s.
  const scenario = view.rows;
  const entries = await injectEntries(app, id);
  expect(entries).toHaveLength(20);
  const deviations = entries.map((e) => {
    const inject = scenario.find((r) => e.kind === 'messageReceived' && r.injectId === e.inject?.id);
    return Math.abs(Date.parse(e.recordedAt) - startedAt - (inject?.offsetMinutes ?? -999) * 1000);
  });
  console.log(`inject timing at 60×: max deviation ${Math.max(...deviations)} ms (real time)`);
  for (const d of deviations) expect(d).toBeLessThanOrEqual(1000);
  // they reach the players' log as received messages, from the scenario's sender
  expect(entries[0]).toMatchObject({ kind: 'messageReceived', from: 'Servicedesk DUR', channel: 'Telefoon' });

  // 2. The changes the injects bring: the confirmed breach is phase 3 with natures unavailability + breach
  const incident = await app.api<{ phase: string; natures: string[]; isExercise: boolean }>('incident.get', {
    id,
  });
  expect(incident).toMatchObject({ isExercise: true, phase: 'solutionImplemented' });
  expect(incident.natures).toEqual(['unavailability', 'dataBreach']);

  // 3. Responses matched and judged, in the leader's screen
  await expect(row(page, 'i01-servicedesk')).toHaveAttribute('data-verdict', 'onTime');
  await expect(row(page, 'i06-forensisch')).toHaveAttribute('data-verdict', 'onTime');
  await expect(row(page, 'i09-twitter')).toHaveAttribute('data-verdict', 'late');
  await expect(row(page, 'i10-journalist')).toHaveAttribute('data-verdict', 'onTime');
  await expect(row(page, 'i03-hosting')).toHaveAttribute('data-verdict', 'missing');
  const final = await app.api<ExerciseView>('exercise.get', { incidentId: id });
  const late = final.rows.find((r) => r.injectId === 'i09-twitter');
  expect(late?.delayMinutes ?? 0).toBeGreaterThanOrEqual(19);
  expect(late?.delayMinutes ?? 99).toBeLessThanOrEqual(23);
  await expect(row(page, 'i09-twitter').getByTestId('delay')).toContainText(`${late?.delayMinutes} min`);
  await evaluationListsInjects(app, id, late?.delayMinutes ?? 0);
  await replayThreeMoments(page, app, id);
  if (SCREENS) {
    await page.goto(`${app.url}#/exercise`);
    await expect(row(page, 'i09-twitter')).toHaveAttribute('data-verdict', 'late');
    // tall enough for the whole table: the content pane scrolls, so fullPage alone shows the top
    await page.setViewportSize({ width: 1920, height: 3200 });
    await page.screenshot({ path: path.join(SCREENS, 'exercise-leader-end.png') });
  }
});

/** The evaluation report (PDF, read back with pdftotext) carries the inject table with delays. */
async function evaluationListsInjects(app: TestApp, incidentId: string, lateMinutes: number): Promise<void> {
  const exported = await app.api<{ base64: string }>('report.export', {
    incidentId,
    kind: 'evaluation',
    format: 'pdf',
    author: LEADER,
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ketenbord-exercise-pdf-'));
  const pdf = path.join(dir, 'evaluatie.pdf');
  await writeFile(pdf, Buffer.from(exported.base64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Draaiboek: injects en reacties');
  expect(text).toContain('Doelstellingen van het scenario');
  expect(text).toContain('Servicedesk DUR');
  expect(text).toContain(`${lateMinutes} min`);
  expect(text).toMatch(/Te laat/);
  expect(text).toMatch(/Geen reactie/);
  if (SCREENS) {
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const first = pages.findIndex((p) => p.includes('Draaiboek: injects en reacties')) + 1;
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      String(first),
      '-l',
      String(first),
      pdf,
      path.join(SCREENS, 'exercise-report-injects'),
    ]);
  }
  await rm(dir, { recursive: true, force: true });
}

/**
 * Replay of the finished exercise at three moments, reached the way a user does (start, then line
 * by line). At each, the board must show what the log recorded by then implies — and nothing later.
 */
async function replayThreeMoments(page: Page, app: TestApp, incidentId: string): Promise<void> {
  const journal = await incidentJournal(app.ctx.requireWorkspace(), incidentId);
  const all = journal.entries();
  const firstResponse = all.find((e) => e.kind === 'messageSent');
  const breachChange = all.find(
    (e) =>
      e.kind === 'incidentChange' &&
      (e.changes ?? []).some((c) => c.field === 'phase' && c.to === 'problemClear'),
  );
  expect(firstResponse && breachChange).toBeTruthy();
  await page.goto(`${app.url}#/replay`);
  await expect(page.getByRole('heading', { level: 1, name: 'Terugkijken' })).toBeVisible();
  const board = page.locator('.replay-board .board');
  const moment = page.getByTestId('replay-moment');
  const chip = (phase: string, audience: string, n: number) =>
    board.locator(`tr[data-phase="${phase}"] td[data-audience="${audience}"] [data-action="${n}"]`);
  const goTo = async (seq: number) => {
    // one step per distinct moment: lines written in the same millisecond are one step
    const target = Date.parse(all[seq - 1]?.recordedAt ?? '');
    const steps = new Set(all.map((e) => Date.parse(e.recordedAt)).filter((t) => t < target)).size;
    await page.getByRole('button', { name: 'Naar het begin' }).click();
    for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'Volgende regel ▶' }).click();
    await expect(moment).toContainText(formatAmsterdam(all[seq - 1]?.recordedAt ?? '', 'HH:mm:ss'));
  };

  // 1. Just after the team's first message: phase 2, one nature, action 1 for internal done
  await goTo(firstResponse?.seq ?? 0);
  await expect(board).toHaveAttribute('data-phase', 'problemUnclear');
  await expect(board.locator('.nature-pill')).toHaveCount(1);
  await expect(chip('problemUnclear', 'internal', 1)).toHaveAttribute('data-status', 'done');
  await expect(board.locator('.recent-log')).toContainText('Crisisteam en directie ingelicht');
  await expect(board.locator('.recent-log')).not.toContainText('Datalekprocedure gestart');
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'replay-moment-1.png') });

  // 2. The moment the breach was confirmed: phase 3, two natures, action 6 for internal still open
  // (the whole log has it done — shown here it would be a kinder board than the room saw)
  await goTo(breachChange?.seq ?? 0);
  await expect(board).toHaveAttribute('data-phase', 'problemClear');
  await expect(board.locator('.nature-pill')).toHaveCount(2);
  await expect(chip('problemClear', 'internal', 6)).toHaveAttribute('data-status', 'open');
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'replay-moment-2.png') });

  // 3. The end: solution implemented; the data-breach procedure done in phase 3
  await page.getByRole('button', { name: 'Naar het eind' }).click();
  await expect(moment).toContainText(formatAmsterdam(all.at(-1)?.recordedAt ?? '', 'HH:mm:ss'));
  await expect(board).toHaveAttribute('data-phase', 'solutionImplemented');
  await expect(chip('problemClear', 'internal', 6)).toHaveAttribute('data-status', 'done');
  await expect(board.locator('.recent-log li').first()).toContainText(
    'De voorzitter vraagt het team de stand op te maken',
  );
  if (SCREENS) await page.screenshot({ path: path.join(SCREENS, 'replay-moment-3.png') });
}

test('a wrong scenario file is refused whole, with where and why', async ({ page, app }) => {
  await openApp(page, app, '#/exercise');
  await page.getByLabel('Naam oefenleider').fill(LEADER);
  const bad = { schemaVersion: 1, title: 'Kapot', objectives: [], injects: [] };
  await page.getByLabel('Scenariobestand kiezen (JSON)').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByRole('alert')).toContainText('Dit scenario klopt niet en is niet geladen');
  const list = await app.api<{ incidents: unknown[] }>('incident.list', {});
  expect(list.incidents).toHaveLength(0);
});
