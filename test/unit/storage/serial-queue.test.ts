import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue, SerialQueue } from '../../../electron/services/storage/serial-queue';

/** A task that records when it starts and ends, and waits for `release` in between. */
function gatedTask(log: string[], name: string, result: string | Error) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const task = async () => {
    log.push(`start ${name}`);
    await gate;
    log.push(`end ${name}`);
    if (result instanceof Error) throw result;
    return result;
  };
  return { task, release };
}

describe('SerialQueue', () => {
  it('runs a task only after the one before it settled, failed or not', async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    const a = gatedTask(log, 'a', new Error('disk full'));
    const b = gatedTask(log, 'b', 'b done');
    const pa = q.run(a.task);
    const pb = q.run(b.task);
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    a.release();
    await expect(pa).rejects.toThrow('disk full');
    b.release();
    await expect(pb).resolves.toBe('b done');
    await q.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});

describe('KeyedSerialQueue', () => {
  it('keeps one key in order, lets another key pass, and forgets keys with nothing queued', async () => {
    const q = new KeyedSerialQueue();
    const log: string[] = [];
    const a1 = gatedTask(log, 'a1', new Error('refused'));
    const a2 = gatedTask(log, 'a2', 'a2 done');
    const b1 = gatedTask(log, 'b1', 'b1 done');
    const p1 = q.run('incident-a', a1.task);
    const p2 = q.run('incident-a', a2.task);
    const p3 = q.run('incident-b', b1.task);
    await new Promise((r) => setTimeout(r, 10));
    // b1 started although a1 is still running; a2 waits for a1
    expect(log).toEqual(['start a1', 'start b1']);
    expect(q.activeKeys).toBe(2);
    b1.release();
    await expect(p3).resolves.toBe('b1 done');
    a1.release();
    await expect(p1).rejects.toThrow('refused');
    a2.release();
    await expect(p2).resolves.toBe('a2 done');
    expect(log).toEqual(['start a1', 'start b1', 'end b1', 'end a1', 'start a2', 'end a2']);
    expect(q.activeKeys).toBe(0);
  });
});
