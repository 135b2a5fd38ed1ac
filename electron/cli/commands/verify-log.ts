import type { LogEntry } from '../../../shared/log/entry-schema';
import { LOG_KIND_LABELS } from '../../../shared/log/labels';
import { summaryOf } from '../../../shared/log/summary';
import { formatAmsterdam } from '../../../shared/log/time';
import { idSchema } from '../../../shared/model/vocabulary';
import { journalPath } from '../../services/incident/incident-document';
import type { ChainBreakCode } from '../../services/log/chain-break';
import type { VerifyResult } from '../../services/log/verify-file';
import { openWorkspaceForReading } from '../../services/workspace/workspace-reader';
import { parseCommandArgs } from '../command-args';
import { bothLanguages } from '../language';
import { err, errExplained, out } from '../output';

const USAGE = 'Gebruik: ketenbord verify-log --workspace MAP --incident ID';
/** problems found at the end of the log rather than inside the chain */
const END_CODES = new Set<ChainBreakCode>(['cutTail', 'tailReplaced', 'anchorDamaged', 'witness']);

/**
 * `ketenbord verify-log --workspace DIR --incident ID`: lists the entries, the head hash, and says
 * whether the chain is whole and ends where its anchor says (and where earlier exports recorded in
 * the incident say). Exit 0 intact, 1 broken, cut, rewritten tail or torn tail, 2 bad arguments or no log.
 * It only reads (the read-only workspace mode): a torn tail is reported, not repaired (the app does
 * that when it opens the incident), and it works on the log of an incident whose file is damaged.
 */
export async function run(argv: string[]): Promise<number> {
  const args = argv[0] === 'verify-log' ? argv.slice(1) : argv;
  const parsed = parseCommandArgs(
    args,
    { workspace: { type: 'string' }, incident: { type: 'string' } },
    USAGE,
  );
  if ('exit' in parsed) return parsed.exit;
  const { workspace, incident } = parsed.values;
  if (!workspace || !incident) {
    err(`${bothLanguages('cli:errors.needWorkspaceAndIncident')}\n${USAGE}`);
    return 2;
  }
  // The id becomes part of a path: refuse anything that is not an id the app could have made.
  if (!idSchema.safeParse(incident).success) {
    err(bothLanguages('cli:errors.badIncidentId', { id: incident }));
    return 2;
  }
  let inspected: { result: VerifyResult; entries: LogEntry[] } | null;
  let filePath: string;
  try {
    const reader = await openWorkspaceForReading(workspace);
    try {
      filePath = reader.session.resolve(journalPath(incident));
      inspected = await reader.verifyLog(incident);
    } finally {
      await reader.close();
    }
  } catch (error) {
    errExplained(error);
    return 2;
  }
  if (!inspected) {
    err(bothLanguages('cli:errors.noLog', { file: filePath }));
    return 2;
  }
  const { result, entries } = inspected;
  const width = String(entries.at(-1)?.seq ?? 1).length;
  for (const e of entries) {
    // recordedAt is the app's own clock and follows seq; an earlier occurredAt is shown beside it.
    const time = formatAmsterdam(e.recordedAt);
    const occurred = e.occurredAt !== e.recordedAt ? ` (gebeurd ${formatAmsterdam(e.occurredAt)})` : '';
    const kind = LOG_KIND_LABELS[e.kind].nl.padEnd(22);
    out(
      `${String(e.seq).padStart(width)}  ${time}  ${kind}  ${e.author}  ${oneLine(summaryOf(e))}${occurred}`,
    );
  }
  out('');
  out(`Logboek:   ${filePath}`);
  out(`Kop-hash:  ${result.headHash}`);
  out(`Anker:     ${anchorLine(result)}`);
  for (const w of result.witnessed) {
    out(
      `Export:    ${w.count} regels, kop-hash ${w.headHash} — ${w.holds ? 'teruggevonden' : 'NIET teruggevonden'}`,
    );
  }
  if (result.ok) {
    out(
      `OK — ${result.count} regels, keten intact${result.anchor.status === 'anchored' ? ', einde klopt met het anker' : ''}`,
    );
    if (result.anchor.status === 'unanchored') {
      out(
        'Let op: dit logboek heeft nog geen anker; of er regels van het einde zijn afgeknipt, is niet vast te stellen.',
      );
      out('Note: this log has no anchor yet; whether lines were cut off its end cannot be established.');
    }
    return 0;
  }
  for (const b of result.breaks) {
    // the chain's own breaks keep their wording; the end (anchor, earlier exports) says what it is
    const inChain = !END_CODES.has(b.code);
    out(
      `FOUT — ${inChain ? 'keten verbroken bij' : 'einde van het logboek, bij'} regel ${b.line} (volgnummer ${b.seq}): ${b.reason}`,
    );
    out(`ERROR — ${inChain ? 'chain broken at' : 'end of the log, at'} line ${b.line}: ${b.reasonEn}`);
  }
  return 1;
}

/** What the anchor beside the journal vouches for, in one line. */
function anchorLine(result: VerifyResult): string {
  const a = result.anchor;
  switch (a.status) {
    case 'new':
      return 'geen (leeg logboek)';
    case 'unanchored':
      return 'geen — logboek van vóór de ankers; de app zet er een zodra zij het incident opent';
    case 'damaged':
      return 'onleesbaar';
    case 'anchored': {
      const since =
        a.since && a.since.count > 0 ? `, sinds regel ${a.since.count} (${formatAmsterdam(a.since.at)})` : '';
      return `${a.count} regels, kop-hash ${a.headHash}${since}`;
    }
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
