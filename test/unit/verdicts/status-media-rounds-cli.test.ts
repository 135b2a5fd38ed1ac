import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmsterdam } from '../../../shared/log/time';
import type { IncidentStatus } from '../../../shared/verdicts/status';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/** `ketenbord status` as a script runs it (a real process) while the app holds the workspace. */
const BIN = resolve('bin/ketenbord.mjs');
const ketenbord = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let app: TestBackend;
let incidentId: string;
let createdAt: number;
beforeAll(async () => {
  app = await startTestBackend('ketenbord-status-media-');
  await app.call('protocol.loadSample', { confirm: true });
  const incident = await app.call('incident.create', {
    title: 'Storing klantportaal',
    // detected two hours ago, created now: rounds count from the moment the incident was created
    detectedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'certain',
      public: 'likely',
    },
    phase: 'problemUnclear',
    isExercise: false,
    author: 'Anouk Meijer',
  });
  incidentId = incident.id;
  createdAt = Date.parse(incident.createdAt);
  // the social-media round was done 45 minutes ago (occurredAt): every 30 minutes, so it is overdue
  await app.call('media.recordRound', {
    incidentId,
    author: 'Yusuf Demir',
    monitorId: 'media-social-media',
    volume: 'moderate',
    tone: 'negative',
    summary: 'Klachten over inloggen',
    links: [],
    occurredAt: new Date(createdAt - 45 * 60_000).toISOString(),
  });
  // warm the CLI build so its one-time "building" line does not land in a test's stderr
  ketenbord('--help');
}, 180_000);
afterAll(async () => {
  await app.close();
});

describe('ketenbord status: media rounds', () => {
  it('--json lists every medium on the roster with the next round, the watcher and whether it is overdue', () => {
    const r = ketenbord('status', '--workspace', app.workspaceDir, '--incident', incidentId, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const status = JSON.parse(r.out) as IncidentStatus;
    const byMedium = Object.fromEntries(status.mediaRounds.map((m) => [m.monitorId, m]));
    expect(Object.keys(byMedium)).toEqual(
      expect.arrayContaining(['media-news-sites', 'media-press', 'media-social-media', 'media-radio-tv']),
    );
    const social = byMedium['media-social-media']!;
    expect(social).toMatchObject({
      medium: 'Social media',
      watcher: 'Yusuf Demir',
      roundMinutes: 30,
      overdue: true,
    });
    expect(Date.parse(social.dueAt)).toBe(createdAt - 15 * 60_000);
    expect(byMedium['media-news-sites']).toMatchObject({ overdue: false, lastAt: null });
    // the overdue round is in the waiting list too, as on the board's strip
    expect(status.waiting.some((w) => w.kind === 'mediaRound' && w.overdue)).toBe(true);
  });

  it('prints a line per medium in Dutch and in English', () => {
    const due = formatAmsterdam(new Date(createdAt - 15 * 60_000).toISOString(), 'dd-MM HH:mm');
    const nl = ketenbord('status', '--workspace', app.workspaceDir, '--incident', incidentId);
    expect(nl.code).toBe(0);
    expect(nl.out).toContain('Mediarondes:');
    expect(nl.out).toContain(`  Social media: volgende ronde ${due} · Yusuf Demir · elke 30 min (te laat)`);
    expect(nl.out).toMatch(/ {2}Nieuwssites: volgende ronde \d\d-\d\d \d\d:\d\d · .+ · elke \d+ min\n/);
    const en = ketenbord('status', '--workspace', app.workspaceDir, '--incident', incidentId, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain('Media rounds:');
    expect(en.out).toContain(`  Social media: next round ${due} · Yusuf Demir · every 30 min (overdue)`);
    expect(en.out).not.toContain('volgende ronde');
  });

  it('in a running exercise at 60× the rounds are due in scenario time (30 min → 30 s)', async () => {
    const view = await app.call('exercise.load', { author: 'Marieke Jansen', source: { kind: 'sample' } });
    await app.call('exercise.setSpeed', { incidentId: view.incidentId, speed: 60 });
    const started = await app.call('exercise.control', {
      incidentId: view.incidentId,
      author: 'Marieke Jansen',
      command: 'start',
    });
    await app.call('exercise.control', {
      incidentId: view.incidentId,
      author: 'Marieke Jansen',
      command: 'pause',
    });
    const r = ketenbord('status', '--workspace', app.workspaceDir, '--incident', view.incidentId, '--json');
    expect(r.err).toBe('');
    const status = JSON.parse(r.out) as IncidentStatus;
    const social = status.mediaRounds.find((m) => m.monitorId === 'media-social-media');
    expect(Date.parse(social?.dueAt ?? '') - Date.parse(started.startedAt ?? '')).toBe(30_000);
  });
});
