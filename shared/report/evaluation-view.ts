import type { Incident } from '../incident/schema';
import { effectiveEntries } from '../log/corrections';
import type { LogEntry } from '../log/entry-schema';
import { CIP_2020_MATRIX } from '../matrix/cip-2020';
import type { Protocol } from '../protocol/schema';
import { partnersFromProtocol } from '../verdicts/partners';
import { audienceReports } from './audience-actions';
import type { Evaluation } from './evaluation-schema';
import type { RatedAction } from './model';
import { mergeRatings, proposeRatings } from './ratings';

export interface EvaluationSource {
  protocol: Protocol;
  incident: Incident;
  entries: readonly LogEntry[];
  evaluation: Evaluation;
}

/**
 * What the evaluation screen shows next to the form: every rated action (the app's proposal with
 * the evaluator's rating over it), worked out exactly as the report does.
 */
export function ratedActions(source: EvaluationSource): RatedAction[] {
  const effective = effectiveEntries(source.entries).map((w) => w.effective);
  const { audiences } = audienceReports({
    matrix: source.protocol.operations.matrix ?? CIP_2020_MATRIX.cells,
    incident: source.incident,
    effective,
    partners: partnersFromProtocol(source.protocol),
    lateAfterMinutes: source.evaluation.lateAfterMinutes,
  });
  return mergeRatings(proposeRatings(audiences), source.evaluation.ratings);
}

/** Observations flagged as an evaluator's note, after corrections (a note can be corrected too). */
export function evaluatorNotes(
  entries: readonly LogEntry[],
): { seq: number; at: string; author: string; summary: string }[] {
  return effectiveEntries(entries)
    .map((w) => w.effective)
    .filter((e) => e.kind === 'observation' && e.evaluatorNote)
    .map((e) => ({
      seq: e.seq,
      at: e.occurredAt,
      author: e.author,
      summary: 'summary' in e ? e.summary : '',
    }));
}
