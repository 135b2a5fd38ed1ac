import { EVALUATION_MIGRATIONS } from '../../../shared/report/evaluation-migrations';
import {
  EVALUATION_SCHEMA_VERSION,
  type Evaluation,
  emptyEvaluation,
  evaluationSchema,
} from '../../../shared/report/evaluation-schema';
import type { DocumentSpec } from '../storage/document-spec';

/**
 * incidents/<id>.evaluation.json. A missing file reads as an empty evaluation (create()), which is
 * only written once the exercise leader saves something.
 */
export const evaluationDocument: DocumentSpec<Evaluation> = {
  kind: 'evaluation',
  label: { nl: 'de evaluatie', en: 'the evaluation' },
  currentVersion: EVALUATION_SCHEMA_VERSION,
  schema: evaluationSchema,
  migrations: EVALUATION_MIGRATIONS,
  create: emptyEvaluation,
};

export const evaluationPath = (incidentId: string): string => `incidents/${incidentId}.evaluation.json`;
