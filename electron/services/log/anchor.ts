import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurable } from '../storage/durable-write';

/**
 * The journal's anchor: its count and head hash, kept in a small file beside it
 * (`incidents/<id>.log.anchor.json`) and rewritten atomically and durably after every append.
 *
 * Why a file of its own and not the incident state file: the state file is a lowdb document with
 * backups, migrations and a repair path that may move it aside; the anchor must be written on every
 * append (a backup per log line would flood backups/) and must survive a damaged state file. One
 * small file with one job keeps the append cost fixed and the evidence separate.
 *
 * The chain proves each line follows the one before; the anchor adds what the chain cannot see: how
 * long the journal was and what its last line was. Cutting lines off the end or rewriting the tail
 * then no longer goes unnoticed, unless the anchor is rewritten too — which is why exports also
 * record the head they covered (a witness outside both files).
 */
export const ANCHOR_SCHEMA_VERSION = 1;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const iso = z.string().datetime({ offset: false });

/** A mismatch the writer found on opening, kept in the anchor so re-anchoring never erases it. */
export const anchorFindingSchema = z.object({
  at: iso,
  code: z.enum(['cutTail', 'tailReplaced', 'anchorDamaged']),
  /** what the anchor said */
  expectedCount: z.number().int().min(0),
  expectedHead: hex64.nullable(),
  /** what the journal held when the mismatch was found */
  foundCount: z.number().int().min(0),
});
export type AnchorFinding = z.infer<typeof anchorFindingSchema>;

export const anchorSchema = z.object({
  schemaVersion: z.literal(ANCHOR_SCHEMA_VERSION),
  incidentId: z.string(),
  count: z.number().int().min(0),
  headHash: hex64,
  updatedAt: iso,
  /** where anchoring began: 0 for a journal anchored from its first line; N for an older journal */
  since: z.object({ count: z.number().int().min(0), at: iso }),
  findings: z.array(anchorFindingSchema).default([]),
});
export type Anchor = z.infer<typeof anchorSchema>;

export type AnchorReading = { state: 'missing' } | { state: 'damaged' } | { state: 'ok'; anchor: Anchor };

/** `incidents/<id>.log.jsonl` → `incidents/<id>.log.anchor.json` (no dot in an id, so never an incident file). */
export function anchorPathOf(journalFile: string): string {
  return journalFile.endsWith('.jsonl')
    ? `${journalFile.slice(0, -'.jsonl'.length)}.anchor.json`
    : `${journalFile}.anchor.json`;
}

export async function readAnchor(journalFile: string): Promise<AnchorReading> {
  let text: string;
  try {
    text = await readFile(anchorPathOf(journalFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(text));
    return parsed.success ? { state: 'ok', anchor: parsed.data } : { state: 'damaged' };
  } catch {
    return { state: 'damaged' };
  }
}

export function anchorText(anchor: Anchor): string {
  return `${JSON.stringify(anchor, null, 2)}\n`;
}

/** temp file, fsync, rename, fsync the folder: after a crash the anchor is the old one or the new one. */
export async function writeAnchor(journalFile: string, anchor: Anchor): Promise<void> {
  await writeFileDurable(anchorPathOf(journalFile), anchorText(anchor));
}

/** A damaged anchor is never overwritten in place: it is kept beside it as evidence. */
export async function setDamagedAnchorAside(journalFile: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  const target = `${anchorPathOf(journalFile)}.damaged-${stamp}`;
  await rename(anchorPathOf(journalFile), target);
  return target;
}
