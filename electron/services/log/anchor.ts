import { hash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { fsyncDirectory } from '../storage/durable-write';

/**
 * The journal's anchor: its count and head hash, kept beside it (`incidents/<id>.log.anchor`) and
 * rewritten after every append, before the append is acknowledged.
 *
 * Why a file of its own and not the incident state file: the state file is a lowdb document with
 * backups and a repair path that may move it aside; the anchor is written on every append (a backup
 * per log line would flood backups/) and must survive a damaged state file.
 *
 * Why two slots written in place instead of a temp file renamed over the old one: a rename costs a
 * file creation and two fsyncs (file and folder) per append, which took appends from 0.3 ms to
 * 10–25 ms here. The file has a fixed size and two slots; each write goes to the other slot and is
 * fdatasynced (no metadata changes, one flush like the journal's own). Each slot carries a
 * generation and a checksum; a reader takes the valid slot with the highest generation. A crash
 * mid-write can tear only the slot being written, and the other one still holds the previous
 * anchor (one line behind the journal, which the check accepts as "written, not yet anchored").
 *
 * The chain proves each line follows the one before; the anchor adds what the chain cannot see: how
 * long the journal was and what its last line was. Cutting lines off the end or rewriting the tail
 * then no longer goes unnoticed, unless the anchor is rewritten too — which is why exports also
 * record the head they covered (a witness outside both files).
 */
const ANCHOR_SCHEMA_VERSION = 1;
const SLOT_BYTES = 4096;
const SLOTS = 2;
const MAX_FINDINGS_KEPT = 12;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const iso = z.string().datetime({ offset: false });

/** A mismatch the writer found on opening, kept in the anchor so re-anchoring never erases it. */
const anchorFindingSchema = z.object({
  at: iso,
  code: z.enum(['cutTail', 'tailReplaced', 'anchorDamaged']),
  /** what the anchor said */
  expectedCount: z.number().int().min(0),
  expectedHead: hex64.nullable(),
  /** what the journal held when the mismatch was found */
  foundCount: z.number().int().min(0),
});
export type AnchorFinding = z.infer<typeof anchorFindingSchema>;

const anchorSchema = z.object({
  schemaVersion: z.literal(ANCHOR_SCHEMA_VERSION),
  incidentId: z.string(),
  count: z.number().int().min(0),
  headHash: hex64,
  updatedAt: iso,
  /** where anchoring began: 0 for a journal anchored from its first line; N for an older journal */
  since: z.object({ count: z.number().int().min(0), at: iso }),
  findings: z.array(anchorFindingSchema),
  /** findings left out to fit the slot (the first and the latest are kept) */
  findingsOmitted: z.number().int().min(0).default(0),
});
export type Anchor = z.infer<typeof anchorSchema>;

const slotSchema = z.object({ generation: z.number().int().min(1), anchor: anchorSchema, check: hex64 });

export type AnchorReading =
  | { state: 'missing' }
  | { state: 'damaged' }
  | {
      state: 'ok';
      anchor: Anchor;
      generation: number;
      /** the other slot is unreadable: what a crash while writing it leaves (see checkAnchor) */
      otherSlotDamaged: boolean;
    };

/** `incidents/<id>.log.jsonl` → `incidents/<id>.log.anchor` (no dot in an id, so never an incident file). */
export function anchorPathOf(journalFile: string): string {
  return journalFile.endsWith('.jsonl')
    ? `${journalFile.slice(0, -'.jsonl'.length)}.anchor`
    : `${journalFile}.anchor`;
}

const checksum = (generation: number, anchor: Anchor) =>
  hash('sha256', JSON.stringify({ generation, anchor }), 'hex');

/** One slot: a JSON line padded with spaces to the slot's size, so the file stays readable text. */
function encodeSlot(generation: number, given: Anchor): Buffer {
  // parsed first so its keys are in schema order, as a reader's parse gives them: same checksum
  const anchor = anchorSchema.parse(given);
  let kept = anchor;
  let text = JSON.stringify({ generation, anchor: kept, check: checksum(generation, kept) });
  // many findings (a log cut again and again) must not overflow the slot: keep the first and latest
  for (let keep = MAX_FINDINGS_KEPT; Buffer.byteLength(text) > SLOT_BYTES - 1 && keep >= 2; keep--) {
    const f = anchor.findings;
    const findings = f.length > keep ? [f[0]!, ...f.slice(f.length - keep + 1)] : f;
    kept = anchorSchema.parse({
      ...anchor,
      findings,
      findingsOmitted: anchor.findingsOmitted + (f.length - findings.length),
    });
    text = JSON.stringify({ generation, anchor: kept, check: checksum(generation, kept) });
  }
  const slot = Buffer.alloc(SLOT_BYTES, 0x20);
  slot.write(text, 0, 'utf8');
  slot[SLOT_BYTES - 1] = 0x0a;
  return slot;
}

type Slot = { state: 'empty' } | { state: 'bad' } | { state: 'ok'; generation: number; anchor: Anchor };

function decodeSlot(buf: Buffer): Slot {
  const text = buf.toString('utf8').trim();
  if (text === '') return { state: 'empty' };
  try {
    const parsed = slotSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { state: 'bad' };
    const { generation, anchor, check } = parsed.data;
    return check === checksum(generation, anchor) ? { state: 'ok', generation, anchor } : { state: 'bad' };
  } catch {
    return { state: 'bad' };
  }
}

function decodeAnchor(buf: Buffer): AnchorReading {
  if (buf.length !== SLOT_BYTES * SLOTS) return { state: 'damaged' };
  const slots = [0, 1].map((i) => decodeSlot(buf.subarray(i * SLOT_BYTES, (i + 1) * SLOT_BYTES)));
  const good = slots.filter((s): s is Extract<Slot, { state: 'ok' }> => s.state === 'ok');
  if (good.length === 0) return { state: 'damaged' };
  const best = good.reduce((a, b) => (b.generation > a.generation ? b : a));
  return {
    state: 'ok',
    anchor: best.anchor,
    generation: best.generation,
    otherSlotDamaged: slots.some((s) => s.state === 'bad'),
  };
}

export async function readAnchor(journalFile: string): Promise<AnchorReading> {
  try {
    return decodeAnchor(await readFile(anchorPathOf(journalFile)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
}

/** A damaged anchor is never overwritten: it is kept beside it as evidence. */
export async function setDamagedAnchorAside(journalFile: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  const target = `${anchorPathOf(journalFile)}.damaged-${stamp}`;
  await rename(anchorPathOf(journalFile), target);
  return target;
}

/**
 * The writer's open anchor file. `write` puts the anchor in the slot not holding the current one
 * and fdatasyncs; `assertUnchanged` compares the file with what this writer last left there.
 */
export class AnchorWriter {
  private constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    private generation: number,
    private expected: Buffer,
  ) {}

  /** Opens (creating, 0600, durably named) the anchor file of a journal whose reading is given. */
  static async open(journalFile: string, reading: AnchorReading): Promise<AnchorWriter> {
    const file = anchorPathOf(journalFile);
    if (reading.state === 'ok') {
      const handle = await open(file, constants.O_RDWR);
      try {
        const { buffer } = await readAll(handle);
        return new AnchorWriter(handle, reading.generation, buffer);
      } catch (error) {
        await handle.close();
        throw error;
      }
    }
    // missing, or damaged and already set aside by the caller: a fresh file of two empty slots
    const handle = await open(file, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      const empty = Buffer.alloc(SLOT_BYTES * SLOTS, 0x20);
      for (let i = 1; i <= SLOTS; i++) empty[i * SLOT_BYTES - 1] = 0x0a;
      await handle.write(empty, 0, empty.length, 0);
      await handle.sync();
      await fsyncDirectory(dirname(file));
      return new AnchorWriter(handle, 0, empty);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async write(anchor: Anchor): Promise<void> {
    const generation = this.generation + 1;
    const slot = encodeSlot(generation, anchor);
    const at = (generation % SLOTS) * SLOT_BYTES;
    const { bytesWritten } = await this.handle.write(slot, 0, slot.length, at);
    if (bytesWritten !== slot.length) throw new Error(`short write of the anchor (${bytesWritten} bytes)`);
    await this.handle.datasync();
    this.generation = generation;
    const next = Buffer.from(this.expected);
    slot.copy(next, at);
    this.expected = next;
  }

  /** False when anything else changed the anchor file since this writer last wrote or read it. */
  async isUnchanged(): Promise<boolean> {
    const { buffer, bytesRead } = await readAll(this.handle);
    return bytesRead === this.expected.length && buffer.equals(this.expected);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function readAll(
  handle: Awaited<ReturnType<typeof open>>,
): Promise<{ buffer: Buffer; bytesRead: number }> {
  const buffer = Buffer.alloc(SLOT_BYTES * SLOTS + 1); // one byte more: a grown file is a changed file
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  return { buffer: buffer.subarray(0, bytesRead), bytesRead };
}
