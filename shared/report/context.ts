import { type DocumentTexts, type EvaluationTexts, textsOf } from '../i18n/texts';
import { type Translate, translatorFor } from '../i18n/translator';
import { type EffectiveEntry, effectiveEntries } from '../log/corrections';
import type { LogEntry } from '../log/entry-schema';
import { CIP_2020_MATRIX } from '../matrix/cip-2020';
import type { Locale } from '../matrix/labels';
import { partnersFromProtocol } from '../verdicts/partners';
import type { IncidentVerdicts } from '../verdicts/types';
import { audienceReports } from './audience-actions';
import { DEFAULT_LATE_AFTER_MINUTES } from './evaluation-schema';
import type { AudienceReport, PhasePeriod, ReportInput } from './model';
import { phasePeriods } from './phase-periods';

/** What every section builder needs, worked out once per report (the log is walked a fixed few times). */
export interface BuildContext {
  input: ReportInput;
  /** the report's texts without values (catalogue namespace 'document') */
  L: DocumentTexts;
  /** the evaluation-report texts without values (catalogue namespace 'evaluation') */
  EL: EvaluationTexts;
  /** texts with values, from the same catalogue: ctx.t('document:summary.loggedLate', { min }) */
  t: Translate;
  /** words that differ between an exercise and a real incident ("de oefening" / "het incident") */
  words: EvaluationTexts['exerciseWords'];
  locale: Locale;
  generatedAt: string;
  /** the journal as written, each entry with the corrections that apply to it */
  written: EffectiveEntry[];
  /** the entries as they read after corrections */
  effective: LogEntry[];
  periods: PhasePeriod[];
  lateAfterMinutes: number;
  audiences: AudienceReport[];
  /** the engine's verdicts, the same as on the board */
  verdicts: IncidentVerdicts;
}

export function createContext(input: ReportInput): BuildContext {
  const written = effectiveEntries(input.entries);
  const effective = written.map((w) => w.effective);
  const periods = phasePeriods(input.incident, effective);
  const lateAfterMinutes = input.evaluation?.lateAfterMinutes ?? DEFAULT_LATE_AFTER_MINUTES;
  const generatedAt =
    typeof input.generatedAt === 'string' ? input.generatedAt : input.generatedAt.toISOString();
  const { audiences, verdicts } = audienceReports({
    // The organisation's own matrix when it has one, else CIP 2020 as published.
    matrix: input.protocol.operations.matrix ?? CIP_2020_MATRIX.cells,
    incident: input.incident,
    effective,
    partners: partnersFromProtocol(input.protocol),
    lateAfterMinutes,
  });
  const EL = textsOf(input.language, 'evaluation');
  return {
    input,
    L: textsOf(input.language, 'document'),
    EL,
    t: translatorFor(input.language).t,
    words: input.incident.isExercise ? EL.exerciseWords : EL.incidentWords,
    locale: input.language,
    generatedAt,
    written,
    effective,
    periods,
    lateAfterMinutes,
    audiences,
    verdicts,
  };
}
