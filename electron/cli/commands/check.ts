import { checkReadiness } from '../../../shared/protocol/readiness';
import { parseCommandArgs } from '../command-args';
import { bothLanguages } from '../language';
import { readWorkspaceProtocol } from '../open-protocol';
import { err, out } from '../output';

const USAGE = 'Gebruik: ketenbord check --workspace MAP';

/**
 * `ketenbord check --workspace DIR`: the readiness check for scripts and scheduled jobs.
 * Exit 0 when every check is met, 1 when there are gaps, 2 on bad arguments or an unreadable
 * workspace or protocol (a damaged protocol.json is reported, never checked as if it were empty).
 * It only reads: no lock, nothing created, moved or repaired.
 */
export async function run(argv: string[]): Promise<number> {
  const args = argv[0] === 'check' ? argv.slice(1) : argv;
  const parsed = parseCommandArgs(args, { workspace: { type: 'string' } }, USAGE);
  if ('exit' in parsed) return parsed.exit;
  const { workspace } = parsed.values;
  if (!workspace) {
    err(`${bothLanguages('cli:errors.needWorkspace')}\n${USAGE}`);
    return 2;
  }
  const opened = await readWorkspaceProtocol(workspace);
  if (!opened.ok) {
    err(opened.message.nl);
    err(opened.message.en);
    return 2;
  }
  if (!opened.stored) {
    err(bothLanguages('cli:errors.noProtocolYet'));
  }
  const readiness = checkReadiness(opened.protocol, new Date());
  const org = opened.protocol.organisation.name || '(organisatie niet ingevuld)';
  out(`Gereedheid van het protocol van ${org}`);
  out(`${readiness.met} van ${readiness.checks} controles in orde.`);
  if (readiness.gaps.length === 0) {
    out('Geen hiaten gevonden.');
    return 0;
  }
  out('');
  out(`${readiness.gaps.length} ${readiness.gaps.length === 1 ? 'hiaat' : 'hiaten'}:`);
  for (const gap of readiness.gaps) {
    out(`  ${gap.severity === 'error' ? 'FOUT ' : 'LET OP'}  ${gap.message.nl}`);
  }
  return 1;
}
