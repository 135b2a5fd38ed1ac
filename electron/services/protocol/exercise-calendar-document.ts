import { randomUUID } from 'node:crypto';
import {
  EXERCISE_CALENDAR_SCHEMA_VERSION,
  type ExerciseCalendar,
  exerciseCalendarSchema,
} from '../../../shared/protocol/exercise-calendar';
import type { DocumentSpec } from '../storage/document-spec';

/**
 * exercise-calendar.json: the UID and SEQUENCE of the workspace's exercise event. Apart from
 * protocol.json on purpose: exporting an invitation must not bump the protocol's revision under
 * someone editing it, and it is the workspace's own state, not part of the organisation's protocol.
 */
export const exerciseCalendarDocument: DocumentSpec<ExerciseCalendar> = {
  kind: 'exercise-calendar',
  label: { nl: 'de agenda-gegevens van de oefening', en: "the exercise's calendar data" },
  currentVersion: EXERCISE_CALENDAR_SCHEMA_VERSION,
  schema: exerciseCalendarSchema,
  migrations: [],
  create: () => ({
    schemaVersion: EXERCISE_CALENDAR_SCHEMA_VERSION,
    uid: `exercise-${randomUUID()}@ketenbord.invalid`,
    sequence: 0,
    fingerprint: null,
  }),
};

export const EXERCISE_CALENDAR_PATH = 'exercise-calendar.json';
