import type { DocumentStore } from '../storage/document-store';

/** What a decision made on the stored data says: write this, or leave the file as it is. */
export type Decision<T, R> = { write: T; outcome: R } | { keep: true; outcome: R };

/** Thrown inside the store's update to leave the file untouched; never escapes this module. */
const KEEP = Symbol('keep');

/**
 * Runs `decide` inside the store's queued update, on the data as it is at the moment of writing
 * (DESIGN.md §5: checks that depend on the current data run inside the update, never before it).
 * A revision check, a merge or a duplicate check made on an earlier read could be overtaken by a
 * write queued in between; here nothing can come between the check and the write.
 *
 * `decide` must be synchronous (the store's update is) and may change the draft it gets: it is a
 * copy. `saved` is null when the decision was to keep the file as it is.
 */
export async function decideInUpdate<T, R>(
  store: DocumentStore<T>,
  decide: (current: T) => Decision<T, R>,
): Promise<{ outcome: R; saved: T | null }> {
  const box: { decision?: Decision<T, R> } = {};
  try {
    const saved = await store.update((draft) => {
      const decision = decide(draft);
      box.decision = decision;
      if ('keep' in decision) throw KEEP;
      return decision.write;
    });
    return { outcome: (box.decision as Decision<T, R>).outcome, saved };
  } catch (error) {
    if (error === KEEP && box.decision) return { outcome: box.decision.outcome, saved: null };
    throw error;
  }
}
