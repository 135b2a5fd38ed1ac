import { createHash } from 'node:crypto';
import { nextCalendarState } from '../../../shared/protocol/exercise-calendar';
import { exerciseEventContent } from '../../../shared/protocol/ics';
import type { Protocol } from '../../../shared/protocol/schema';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { EXERCISE_CALENDAR_PATH, exerciseCalendarDocument } from './exercise-calendar-document';

/**
 * The UID and SEQUENCE for the exercise event about to be exported, kept in exercise-calendar.json:
 * the same UID every time, the sequence one higher whenever the event differs from the last export.
 * A read-only workspace records nothing: it uses what is stored, or no UID of its own yet (the
 * caller then derives one from the organisation).
 */
export async function exerciseCalendarFor(
  session: WorkspaceSession,
  protocol: Protocol,
  yearly: boolean,
): Promise<{ uid?: string; sequence: number }> {
  const fingerprint = createHash('sha256')
    // Always the Dutch text: exporting the same event in English is no change to the event, so it
    // must not raise SEQUENCE (a calendar would show an update that is none).
    .update(exerciseEventContent(protocol, { yearly, language: 'nl' }).join('\n'))
    .digest('hex');
  const store = await session.document(exerciseCalendarDocument, EXERCISE_CALENDAR_PATH);
  if (session.readOnly) {
    return store.isUnsaved ? { sequence: 0 } : { uid: store.data.uid, sequence: store.data.sequence };
  }
  const next = nextCalendarState(store.data, fingerprint);
  // written only when something changed: re-exporting the same event costs no write, no backup
  if (store.isUnsaved || next !== store.data) await store.replace(next);
  return { uid: next.uid, sequence: next.sequence };
}
