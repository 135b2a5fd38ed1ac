import type { Incident } from '../../../shared/incident/schema';
import type { Witness } from './verify-file';

/** The heads earlier exports covered, as witnesses for the journal check (one per distinct head). */
export function exportWitnesses(incident: Incident): Witness[] {
  const seen = new Set<string>();
  const out: Witness[] = [];
  for (const e of incident.exports ?? []) {
    const key = `${e.count}:${e.headHash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ count: e.count, headHash: e.headHash });
  }
  return out;
}
