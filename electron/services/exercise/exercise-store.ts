import { promises as fs } from 'node:fs';
import type { ExerciseState } from '../../../shared/exercise/exercise-state';
import type { DocumentStore } from '../storage/document-store';
import { INCIDENTS_DIR, type WorkspaceSession } from '../workspace/workspace-session';
import { EXERCISE_FILE, exerciseDocument, exercisePath, noExerciseError } from './exercise-document';

/** Whether an incident has an exercise file (asking the disk, never creating one). */
export async function hasExercise(session: WorkspaceSession, incidentId: string): Promise<boolean> {
  if (session.isOpen(exercisePath(incidentId))) return true;
  return fs.stat(session.resolve(exercisePath(incidentId))).then(
    () => true,
    () => false,
  );
}

/** The exercise of an incident; refuses an incident without one (never makes an empty one). */
export async function exerciseStore(
  session: WorkspaceSession,
  incidentId: string,
): Promise<DocumentStore<ExerciseState>> {
  if (!(await hasExercise(session, incidentId))) throw noExerciseError();
  return session.document(exerciseDocument, exercisePath(incidentId));
}

/** The incidents that have an exercise file, from the names in incidents/. */
export async function exerciseIncidentIds(session: WorkspaceSession): Promise<string[]> {
  const names = await fs.readdir(session.resolve(INCIDENTS_DIR)).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const id = EXERCISE_FILE.exec(name)?.[1];
    return id ? [id] : [];
  });
}

/**
 * The scenario clock of an incident's exercise, or [] when it has none: media rounds then come due
 * in scenario time. A damaged exercise file must not take the players' board down with it.
 */
export async function exerciseClockOf(
  session: WorkspaceSession,
  incidentId: string,
): Promise<ExerciseState['clock']> {
  if (!(await hasExercise(session, incidentId))) return [];
  return exerciseStore(session, incidentId).then(
    (store) => store.data.clock,
    () => [],
  );
}
