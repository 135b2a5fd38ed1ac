/**
 * Runs async tasks one after another. Appends go through it so two clicks in the same millisecond
 * can never interleave their seq numbers, hashes or bytes in the file.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The next task waits for this one to settle, whether it succeeded or not.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/**
 * One SerialQueue per key (an incident, say): tasks for the same key run one after another, tasks
 * for different keys do not wait for each other. A key's queue is dropped once nothing is queued
 * on it, so the map does not grow with every incident ever touched.
 */
export class KeyedSerialQueue {
  private readonly queues = new Map<string, { queue: SerialQueue; queued: number }>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let entry = this.queues.get(key);
    if (!entry) {
      entry = { queue: new SerialQueue(), queued: 0 };
      this.queues.set(key, entry);
    }
    const mine = entry;
    mine.queued += 1;
    return mine.queue.run(task).finally(() => {
      mine.queued -= 1;
      if (mine.queued === 0 && this.queues.get(key) === mine) this.queues.delete(key);
    });
  }

  /** How many keys have something queued; for tests that the map empties again. */
  get activeKeys(): number {
    return this.queues.size;
  }
}
