import { rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { journalPath } from '../../../electron/services/incident/incident-document';
import { verifyJournalFile } from '../../../electron/services/log/verify-file';
import type { WorkspaceSession } from '../../../electron/services/workspace/workspace-session';
import { buildReportModel } from '../../../shared/report/build-model';
import type { ReportInput, ReportModel } from '../../../shared/report/model';
import { createScriptedWorkspace, type ScriptedExercise } from '../../fixtures/scripted-exercise';

export const GENERATED_AT = '2026-11-28T12:00:00.000Z';

export interface Scripted {
  dir: string;
  session: WorkspaceSession;
  exercise: ScriptedExercise;
  input(overrides?: Partial<ReportInput>): Promise<ReportInput>;
  model(overrides?: Partial<ReportInput>): Promise<ReportModel>;
}

/** The scripted exercise in a temp workspace, shared by the tests of one file. */
export function scriptedExerciseSuite(): Scripted {
  const state = {} as Scripted;
  beforeAll(async () => {
    const made = await createScriptedWorkspace();
    Object.assign(state, made);
    state.input = async (overrides = {}) => {
      const v = await verifyJournalFile(made.session.resolve(journalPath(made.exercise.incident.id)));
      return {
        protocol: made.exercise.protocol,
        incident: made.exercise.incident,
        entries: made.exercise.entries,
        verification: { ok: v.ok, count: v.count, headHash: v.headHash },
        evaluation: made.exercise.evaluation,
        kind: 'evaluation',
        language: 'nl',
        classification: 'vertrouwelijk',
        generatedAt: GENERATED_AT,
        appVersion: '9.9.9-test',
        author: 'Marieke Jansen',
        ...overrides,
      };
    };
    state.model = async (overrides = {}) => buildReportModel(await state.input(overrides));
  });
  afterAll(async () => {
    await state.session?.close();
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
