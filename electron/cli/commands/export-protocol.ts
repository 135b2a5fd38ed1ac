import path from 'node:path';
import { readAppVersion } from '../../services/app-version';
import { renderJob } from '../../services/export/render-job';
import { parseCommandArgs } from '../command-args';
import { bothLanguages, languageFlagOf } from '../language';
import { readWorkspaceProtocol } from '../open-protocol';
import { err, errExplained, out, writeExportFile } from '../output';

const USAGE =
  'Gebruik: ketenbord export protocol --format docx|pdf --workspace MAP --out BESTAND [--lang nl|en]';

/**
 * `ketenbord export protocol …`: the printable protocol without opening the app. Exit 0 written,
 * 1 rendering or writing failed, 2 bad arguments or an unreadable workspace or protocol. It only
 * reads the workspace; the file it writes is 0600 (the protocol holds private phone numbers).
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      workspace: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
    },
    USAGE,
  );
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const { format, workspace, out: outFile } = values;
  const language = languageFlagOf(values.lang);
  if (format !== 'docx' && format !== 'pdf') {
    err(`${bothLanguages('cli:errors.chooseFormat')}\n${USAGE}`);
    return 2;
  }
  if (!language) {
    err(`${bothLanguages('cli:errors.chooseLanguage')}\n${USAGE}`);
    return 2;
  }
  if (!workspace || !outFile) {
    err(`${bothLanguages('cli:errors.needWorkspaceAndOut')}\n${USAGE}`);
    return 2;
  }
  const opened = await readWorkspaceProtocol(workspace);
  if (!opened.ok) {
    err(opened.message.nl);
    err(opened.message.en);
    return 2;
  }
  const options = { language, generatedAt: new Date(), appVersion: readAppVersion() } as const;
  let bytes: Buffer;
  try {
    // rendered on this thread: a CLI has no window to keep free, and a worker loads everything twice
    bytes = await renderJob({ kind: 'protocol', format, protocol: opened.protocol, options });
  } catch (error) {
    errExplained(error, 'Export mislukt: ');
    return 1;
  }
  const target = path.resolve(outFile);
  try {
    await writeExportFile(target, bytes);
  } catch (error) {
    errExplained(error);
    return 1;
  }
  out(`Protocol geschreven naar ${target} (${format.toUpperCase()}, ${Math.round(bytes.length / 1024)} kB).`);
  return 0;
}
