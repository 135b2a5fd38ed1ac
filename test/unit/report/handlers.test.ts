import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as exportReportCli } from '../../../electron/cli/commands/export-report';
import { evaluationPath } from '../../../electron/services/report/evaluation-document';
import type { EvaluationEdit } from '../../../shared/api/report-api';
import { SCRIPTED_INCIDENT_ID, writeScriptedExercise } from '../../fixtures/scripted-exercise';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let backend: TestBackend;

beforeAll(async () => {
  backend = await startTestBackend();
  await writeScriptedExercise(backend.ctx.requireWorkspace(), { withEvaluation: false });
});
afterAll(async () => backend.close());

describe('report API', () => {
  it('lists incidents for the export screen', async () => {
    const { incidents } = await backend.call('report.incidents', {});
    expect(incidents).toEqual([
      expect.objectContaining({
        id: SCRIPTED_INCIDENT_ID,
        isExercise: true,
        status: 'closed',
        hasEvaluation: false,
      }),
    ]);
  });

  it('gives an empty evaluation with proposed ratings and the evaluator notes from the log', async () => {
    const view = await backend.call('evaluation.get', { incidentId: SCRIPTED_INCIDENT_ID });
    expect(view.saved).toBe(false);
    expect(view.evaluation.lateAfterMinutes).toBe(60);
    expect(view.evaluatorNotes.map((n) => n.seq)).toEqual([9, 21]);
    expect(
      view.ratings.find((r) => r.audience === 'customers' && r.action === 4 && r.phase === 'problemClear'),
    ).toMatchObject({
      proposed: 'someProblems',
      rating: 'someProblems',
      overridden: false,
    });
    expect(view.currentGaps.length).toBeGreaterThan(0);
  });

  it('saves the evaluation, snapshots the readiness check once and keeps the override', async () => {
    const before = await backend.call('evaluation.get', { incidentId: SCRIPTED_INCIDENT_ID });
    const edit: EvaluationEdit = {
      ...before.evaluation,
      lateAfterMinutes: 120,
      strengths: [{ text: 'Snelle eerste melding', objective: null }],
      ratings: [
        {
          audience: 'customers',
          phase: 'problemClear',
          action: 4,
          rating: 'majorProblems',
          remark: 'Tekst bleef liggen',
        },
      ],
      protocolUpdates: [{ what: 'Vervangers aanvullen', gapIds: [before.currentGaps[0]!.id] }],
    };
    const saved = await backend.call('evaluation.update', {
      incidentId: SCRIPTED_INCIDENT_ID,
      author: 'Oefenleider',
      evaluation: edit,
    });
    expect(saved.saved).toBe(true);
    expect(saved.evaluation.updatedBy).toBe('Oefenleider');
    const snapshot = saved.evaluation.readinessSnapshot!;
    expect(snapshot.gaps.map((g) => g.id)).toContain(before.currentGaps[0]!.id);
    const rated = saved.ratings.find(
      (r) => r.audience === 'customers' && r.action === 4 && r.phase === 'problemClear',
    )!;
    // with a 120-minute norm the 100-minute message counts as on time; the evaluator still says "major problems"
    expect(rated).toMatchObject({ proposed: 'withoutProblems', rating: 'majorProblems', overridden: true });

    const again = await backend.call('evaluation.update', {
      incidentId: SCRIPTED_INCIDENT_ID,
      author: 'Oefenleider',
      evaluation: edit,
    });
    expect(again.evaluation.readinessSnapshot?.takenAt).toBe(snapshot.takenAt);
    const onDisk = JSON.parse(
      await readFile(backend.ctx.requireWorkspace().resolve(evaluationPath(SCRIPTED_INCIDENT_ID)), 'utf8'),
    );
    expect(onDisk).toMatchObject({
      schemaVersion: 2,
      strengths: [{ text: 'Snelle eerste melding', objective: null }],
    });
    expect((await backend.call('report.incidents', {})).incidents[0]?.hasEvaluation).toBe(true);
  });

  it('refuses an invalid evaluation with a message in both languages', async () => {
    const answer = await backend.raw('evaluation.update', {
      incidentId: SCRIPTED_INCIDENT_ID,
      author: 'x',
      evaluation: { lateAfterMinutes: -5 },
    });
    expect(answer.ok).toBe(false);
  });

  it('exports both kinds in both formats', async () => {
    for (const kind of ['aftercare', 'evaluation'] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        const file = await backend.call('report.export', {
          incidentId: SCRIPTED_INCIDENT_ID,
          kind,
          format,
          classification: 'intern',
          language: 'nl',
          author: 'Test',
        });
        expect(file.fileName).toMatch(new RegExp(`-${SCRIPTED_INCIDENT_ID}\\.${format}$`));
        const bytes = Buffer.from(file.base64, 'base64');
        expect(bytes.subarray(0, 2).toString()).toBe(format === 'pdf' ? '%P' : 'PK');
      }
    }
  });
});

describe('ketenbord export report (CLI)', () => {
  it('exports while the app holds the workspace, read-only', async () => {
    const out = path.join(backend.root, 'cli.pdf');
    const code = await exportReportCli([
      '--incident',
      SCRIPTED_INCIDENT_ID,
      '--kind',
      'evaluation',
      '--format',
      'pdf',
      '--workspace',
      backend.workspaceDir,
      '--out',
      out,
      '--classification',
      'vertrouwelijk',
    ]);
    expect(code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('VERTROUWELIJK');
    expect(text).toContain('Snelle eerste melding');
  });

  it('exits 2 on bad arguments and on an unknown incident (input it cannot read)', async () => {
    expect(await exportReportCli(['--incident', SCRIPTED_INCIDENT_ID])).toBe(2);
    expect(
      await exportReportCli([
        '--incident',
        'x',
        '--kind',
        'aftercare',
        '--format',
        'pdf',
        '--workspace',
        '.',
        '--out',
        'x',
      ]),
    ).toBe(2);
    expect(
      await exportReportCli([
        '--incident',
        SCRIPTED_INCIDENT_ID,
        '--kind',
        'aftercare',
        '--format',
        'odt',
        '--workspace',
        '.',
        '--out',
        'x',
      ]),
    ).toBe(2);
    expect(await exportReportCli(['--bogus'])).toBe(2);
    const out = path.join(backend.root, 'none.pdf');
    expect(
      await exportReportCli([
        '--incident',
        'bestaat-niet',
        '--kind',
        'aftercare',
        '--format',
        'pdf',
        '--workspace',
        backend.workspaceDir,
        '--out',
        out,
      ]),
    ).toBe(2);
  });
});

describe('an evaluation saved by an earlier Ketenbord (version 1)', () => {
  it('is read through the migration, keeping every text, and the report shows it', async () => {
    const app = await startTestBackend();
    try {
      await writeScriptedExercise(app.ctx.requireWorkspace(), { withEvaluation: false });
      const v1 = {
        schemaVersion: 1,
        exercise: {
          date: '2026-11-19',
          scenario: 'Storing Mijn DUR',
          objectives: ['Binnen een uur iedereen informeren'],
          participants: [{ name: 'Marieke Jansen', role: 'voorzitter' }],
          observers: [],
        },
        lateAfterMinutes: 60,
        ratings: [],
        strengths: ['Woordvoering direct belegd'],
        pointsToImprove: ['Klantteksten klaarzetten'],
        improvementActions: [{ what: 'Sjabloon maken', owner: 'Sanne Bos', due: '2027-01-15' }],
        readinessSnapshot: null,
        protocolUpdates: [],
        nextExerciseDate: null,
        updatedAt: '2026-11-20T10:00:00.000Z',
        updatedBy: 'Marieke Jansen',
      };
      const file = app.ctx.requireWorkspace().resolve(evaluationPath(SCRIPTED_INCIDENT_ID));
      await writeFile(file, JSON.stringify(v1), { mode: 0o600 });
      const view = await app.call('evaluation.get', { incidentId: SCRIPTED_INCIDENT_ID });
      expect(view.saved).toBe(true);
      expect(view.evaluation.schemaVersion).toBe(2);
      expect(view.evaluation.exercise.objectives).toEqual([
        { text: 'Binnen een uur iedereen informeren', verdict: null, findings: '' },
      ]);
      expect(view.evaluation.strengths).toEqual([{ text: 'Woordvoering direct belegd', objective: null }]);
      expect(view.evaluation.improvementActions[0]).toMatchObject({
        what: 'Sjabloon maken',
        owner: 'Sanne Bos',
        due: '2027-01-15',
        status: 'planned',
        priority: 'medium',
      });
      const pdf = await app.call('report.export', {
        incidentId: SCRIPTED_INCIDENT_ID,
        kind: 'evaluation',
        format: 'pdf',
        classification: 'none',
        language: 'nl',
        author: 'Test',
      });
      const out = path.join(path.dirname(file), 'migrated.pdf');
      await writeFile(out, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Binnen een uur iedereen informeren');
      expect(text).toContain('nog niet beoordeeld');
      expect(text).toContain('Woordvoering direct belegd');
    } finally {
      await app.close();
    }
  }, 120_000);
});
