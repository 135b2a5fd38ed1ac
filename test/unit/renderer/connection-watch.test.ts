import { describe, expect, it } from 'vitest';
import { createConnectionWatch } from '../../../renderer/src/api/connection';
import { STALE_AFTER_MS } from '../../../shared/api/events';

/** A clock the test moves by hand: the watch's timers fire when the test says time has passed. */
function manualTimers() {
  let now = 0;
  let pending: Array<{ at: number; fn: () => void; id: number }> = [];
  let next = 1;
  return {
    timers: {
      set: (fn: () => void, ms: number) => {
        const id = next++;
        pending.push({ at: now + ms, fn, id });
        return id;
      },
      clear: (id: unknown) => {
        pending = pending.filter((p) => p.id !== id);
      },
    },
    advance(ms: number) {
      now += ms;
      const due = pending.filter((p) => p.at <= now);
      pending = pending.filter((p) => p.at > now);
      for (const p of due) p.fn();
    },
    get now() {
      return now;
    },
  };
}

describe('the connection watch', () => {
  it('stays live while signs of life keep coming, and goes stale after STALE_AFTER_MS of silence', () => {
    const clock = manualTimers();
    const watch = createConnectionWatch(clock.timers);
    const changes: boolean[] = [];
    watch.subscribe(() => changes.push(watch.get().live));
    watch.start(clock.now);
    for (let i = 0; i < 10; i++) {
      clock.advance(1_500);
      watch.alive(clock.now);
    }
    expect(watch.get()).toEqual({ live: true, staleSince: null });
    const lastBeat = clock.now;
    clock.advance(STALE_AFTER_MS - 1);
    expect(watch.get().live).toBe(true);
    clock.advance(1);
    // stale since the last moment the host was heard from, not since the timer fired
    expect(watch.get()).toEqual({ live: false, staleSince: lastBeat });
    watch.alive(clock.now);
    expect(watch.get()).toEqual({ live: true, staleSince: null });
    expect(changes).toEqual([false, true]);
  });

  it('goes stale when the first sign of life never comes', () => {
    const clock = manualTimers();
    const watch = createConnectionWatch(clock.timers);
    watch.start(clock.now);
    clock.advance(STALE_AFTER_MS);
    expect(watch.get()).toEqual({ live: false, staleSince: 0 });
  });
});
