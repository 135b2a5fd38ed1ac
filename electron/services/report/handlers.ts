import { promises as fs } from 'node:fs';
import type { EvaluationView, reportMethods } from '../../../shared/api/report-api';
import type { Incident } from '../../../shared/incident/schema';
import { checkReadiness } from '../../../shared/protocol/readiness';
import type { Protocol } from '../../../shared/protocol/schema';
import type { Evaluation, ReadinessSnapshot } from '../../../shared/report/evaluation-schema';
import { evaluatorNotes, ratedActions } from '../../../shared/report/evaluation-view';
import type { HandlerMap } from '../api/handler-types';
import { prewarmExportWorker } from '../export/render-in-worker';
import { listIncidents } from '../incident/incident-repository';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { evaluationDocument, evaluationPath } from './evaluation-document';
import { exportReport } from './export-report';
import { recordExport } from './record-export';
import { readReportSource } from './report-source';

async function hasEvaluation(session: WorkspaceSession, id: string): Promise<boolean> {
  return fs.stat(session.resolve(evaluationPath(id))).then(
    () => true,
    () => false,
  );
}

async function incidentView(session: WorkspaceSession, incident: Incident) {
  return {
    id: incident.id,
    title: incident.title,
    isExercise: incident.isExercise,
    status: incident.status,
    detectedAt: incident.detectedAt,
    hasEvaluation: await hasEvaluation(session, incident.id),
  };
}

export function readinessSnapshot(protocol: Protocol, now: Date): ReadinessSnapshot {
  const r = checkReadiness(protocol, now);
  return {
    takenAt: now.toISOString(),
    checks: r.checks,
    met: r.met,
    gaps: r.gaps.map((g) => ({
      id: g.id,
      severity: g.severity,
      message: g.message,
      section: g.target.section,
    })),
  };
}

async function evaluationView(session: WorkspaceSession, incidentId: string): Promise<EvaluationView> {
  const source = await readReportSource(session, incidentId);
  const evaluation = source.evaluationOrEmpty;
  return {
    incident: await incidentView(session, source.incident),
    evaluation,
    saved: source.evaluation !== undefined,
    ratings: ratedActions({ ...source, evaluation }),
    evaluatorNotes: evaluatorNotes(source.entries),
    currentGaps: checkReadiness(source.protocol, new Date()).gaps.map((g) => ({
      id: g.id,
      severity: g.severity,
      message: g.message,
    })),
    readOnly: session.readOnly,
  };
}

export const reportHandlers: HandlerMap<keyof typeof reportMethods> = {
  'report.incidents': async (_input, ctx) => {
    // the export screen is open: have a worker ready so the first export does not pay its start-up
    prewarmExportWorker();
    const session = ctx.requireWorkspace();
    const incidents = await listIncidents(session);
    return { incidents: await Promise.all(incidents.map((i) => incidentView(session, i))) };
  },

  'evaluation.get': async (input, ctx) => evaluationView(ctx.requireWorkspace(), input.incidentId),

  'evaluation.update': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    session.assertWritable();
    const source = await readReportSource(session, input.incidentId);
    const now = new Date();
    const store = await session.document(evaluationDocument, evaluationPath(input.incidentId));
    await store.update((current): Evaluation => {
      const snapshot =
        input.retakeSnapshot || current.readinessSnapshot === null
          ? readinessSnapshot(source.protocol, now)
          : current.readinessSnapshot;
      return {
        ...input.evaluation,
        schemaVersion: current.schemaVersion,
        readinessSnapshot: snapshot,
        updatedAt: now.toISOString(),
        updatedBy: input.author,
      };
    });
    return evaluationView(session, input.incidentId);
  },

  'report.export': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    const at = new Date();
    const file = await exportReport(session, { ...input, appVersion: ctx.options.appVersion, now: at });
    // the head this document covered, kept beside the incident for later reports to check
    await recordExport(session, input.incidentId, {
      at: at.toISOString(),
      document: input.kind,
      format: input.format,
      ...file.covered,
    });
    return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64') };
  },
};
