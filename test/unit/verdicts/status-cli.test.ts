import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceSession } from '../../../electron/services/workspace/workspace-session';
import { buildReportModel } from '../../../shared/report/build-model';
import type { IncidentStatus } from '../../../shared/verdicts/status';
import { createScriptedWorkspace, SCRIPTED_INCIDENT_ID } from '../../fixtures/scripted-exercise';

/** The CLI as a script uses it: a real process, the JSON on stdout. */
const BIN = resolve('bin/ketenbord.mjs');
const ketenbord = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir: string;
let session: WorkspaceSession;
let made: Awaited<ReturnType<typeof createScriptedWorkspace>>;

beforeAll(async () => {
  made = await createScriptedWorkspace();
  dir = made.dir;
  session = made.session;
  // the app is "running": the session holds the workspace, the CLI must still read it
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ketenbord status', () => {
  it('prints the verdicts as JSON, the same as the report judged them', () => {
    const r = ketenbord('status', '--workspace', dir, '--incident', SCRIPTED_INCIDENT_ID, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const status = JSON.parse(r.out) as IncidentStatus;
    expect(status.incident).toMatchObject({ id: SCRIPTED_INCIDENT_ID, phase: 'aftercare', isExercise: true });
    const find = (phase: string, audience: string, action: number) =>
      status.verdicts.find((v) => v.phase === phase && v.audience === audience && v.action === action);
    expect(find('problemClear', 'chainPartners', 2)).toMatchObject({
      status: 'partial',
      recipients: { told: ['stakeholder-vgu'], notTold: ['stakeholder-sppd'], excluded: [] },
    });
    expect(find('solutionClear', 'internal', 6)).toMatchObject({
      status: 'satisfiedEarlier',
      donePhase: 'problemClear',
    });
    expect(find('problemUnclear', 'internal', 1)).toMatchObject({ status: 'done', seq: 8 });
    // the closed exercise waits for nothing
    expect(status.waiting).toEqual([]);

    // the report's rows say exactly the same
    const model = buildReportModel({
      protocol: made.exercise.protocol,
      incident: made.exercise.incident,
      entries: made.exercise.entries,
      verification: { ok: true, count: made.exercise.entries.length, headHash: '' },
      kind: 'aftercare',
      language: 'nl',
      classification: 'none',
      generatedAt: '2026-11-28T12:00:00.000Z',
      appVersion: 'test',
      author: 'test',
    });
    const audiences = model.sections.find((s) => s.id === 'audiences')!.data as {
      audience: string;
      phases: { phase: string; rows: { action: number; status: string }[] }[];
    }[];
    const fromReport = audiences.flatMap((a) =>
      a.phases.flatMap((p) => p.rows.map((row) => `${p.phase}|${a.audience}|${row.action}|${row.status}`)),
    );
    const fromCli = status.verdicts.map((v) => `${v.phase}|${v.audience}|${v.action}|${v.status}`);
    expect(new Set(fromCli)).toEqual(new Set(fromReport));
  });

  it('prints the verdicts in words, and refuses an unknown incident with exit 2', () => {
    const r = ketenbord('status', '--workspace', dir, '--incident', SCRIPTED_INCIDENT_ID);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3. Probleem duidelijk');
    expect(r.out).toMatch(
      /Ketenpartners\s+2 Feiten delen\s+deels gedaan — nog niet: Stichting Pensioenfonds Publieke Dienst \(SPPD\)/,
    );
    const missing = ketenbord('status', '--workspace', dir, '--incident', 'bestaat-niet');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bestaat niet');
  });

  it('prints in English with --lang en, and refuses another language in both languages', () => {
    const r = ketenbord('status', '--workspace', dir, '--incident', SCRIPTED_INCIDENT_ID, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ — EXERCISE \(/);
    expect(r.out).toMatch(/^Phase: .+ · tracked since \d\d-\d\d-\d{4} \d\d:\d\d · norm \d+ min$/m);
    expect(r.out).toContain('partly done — not yet: Stichting Pensioenfonds Publieke Dienst (SPPD)');
    expect(r.out).toContain('Waiting for:');
    expect(r.out).not.toMatch(/OEFENING|Fase:|gevolgd sinds|deels gedaan|nog niet|Wacht op/);
    const german = ketenbord(
      'status',
      '--workspace',
      dir,
      '--incident',
      SCRIPTED_INCIDENT_ID,
      '--lang',
      'de',
    );
    expect(german.code).toBe(2);
    expect(german.err).toContain('--lang moet nl of en zijn, niet "de".');
    expect(german.err).toContain('--lang must be nl or en, not "de".');
  });
});
