/**
 * Asked before every write, by every store and journal of a workspace, so one fact decides whether
 * this process may write: the workspace session's. When the lock is lost, every store and journal
 * opened before the loss refuses its next write at once — no store keeps its own stale copy of
 * "writable". It throws an AppError that says why, in Dutch and English.
 */
export interface WriteGate {
  assertWritable(): Promise<void>;
}
