import { AppError } from '../../../shared/errors/app-error';
import {
  EXERCISE_SCHEMA_VERSION,
  type ExerciseState,
  exerciseStateSchema,
} from '../../../shared/exercise/exercise-state';
import type { DocumentSpec } from '../storage/document-spec';

/**
 * incidents/<id>.exercise.json, beside the incident (like its evaluation). There is no sensible
 * empty exercise: it is made whole when a scenario is loaded.
 */
export const exerciseDocument: DocumentSpec<ExerciseState> = {
  kind: 'exercise',
  label: { nl: 'de oefening', en: 'the exercise' },
  currentVersion: EXERCISE_SCHEMA_VERSION,
  schema: exerciseStateSchema,
  migrations: [],
  create() {
    throw noExerciseError();
  },
};

export const exercisePath = (incidentId: string): string => `incidents/${incidentId}.exercise.json`;
export const EXERCISE_FILE = /^([a-z0-9][a-z0-9-]{2,63})\.exercise\.json$/;

export const noExerciseError = () =>
  new AppError('exercise.none', {
    nl: 'Bij dit incident hoort geen draaiboek. Laad eerst een scenario.',
    en: 'This incident has no exercise script. Load a scenario first.',
  });
