import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../../../shared/errors/app-error';
import { idSchema } from '../../../shared/model/vocabulary';
import {
  CLASSIFICATIONS,
  type Classification,
  REPORT_KINDS,
  type ReportKind,
} from '../../../shared/report/model';
import { readAppVersion } from '../../services/app-version';
import { exportReport, type ReportFormat } from '../../services/report/export-report';
import { WorkspaceSession } from '../../services/workspace/workspace-session';

const USAGE = [
  'Gebruik: ketenbord export report --incident ID --kind aftercare|evaluation --format docx|pdf',
  '                                 --workspace MAP --out BESTAND',
  '                                 [--classification none|intern|vertrouwelijk] [--lang nl|en] [--author NAAM]',
].join('\n');

function fail(message: string): number {
  process.stderr.write(`ketenbord: ${message}\n${USAGE}\n`);
  return 2;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

/**
 * `ketenbord export report …`: writes the aftercare report or the exercise evaluation to a file.
 * It opens the workspace without insisting on the lock: when the app is running it holds the lock,
 * the CLI then reads read-only, which is all an export needs. Exit 0 written, 1 failed, 2 bad arguments.
 */
export async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        incident: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        workspace: { type: 'string' },
        out: { type: 'string' },
        classification: { type: 'string', default: 'none' },
        lang: { type: 'string', default: 'nl' },
        author: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { incident, kind, format, workspace, out, classification, lang, author } = values as Record<
    string,
    string | undefined
  >;
  if (!incident || !kind || !format || !workspace || !out) {
    return fail('geef --incident, --kind, --format, --workspace en --out op.');
  }
  if (!idSchema.safeParse(incident).success) return fail(`"${incident}" is geen geldige incident-id.`);
  if (!oneOf(REPORT_KINDS, kind)) return fail(`--kind moet aftercare of evaluation zijn, niet "${kind}".`);
  if (!oneOf(['docx', 'pdf'] as const, format))
    return fail(`--format moet docx of pdf zijn, niet "${format}".`);
  if (!oneOf(CLASSIFICATIONS, classification)) {
    return fail(`--classification moet none, intern of vertrouwelijk zijn, niet "${classification}".`);
  }
  if (!oneOf(['nl', 'en'] as const, lang)) return fail(`--lang moet nl of en zijn, niet "${lang}".`);

  let session: WorkspaceSession | undefined;
  try {
    session = await WorkspaceSession.open(workspace, { create: false });
    const file = await exportReport(session, {
      incidentId: incident,
      kind: kind as ReportKind,
      format: format as ReportFormat,
      classification: classification as Classification,
      language: lang,
      author: author ?? '',
      appVersion: readAppVersion(),
    });
    await writeFile(path.resolve(out), file.bytes);
    const mode = session.readOnly ? ' (werkmap alleen-lezen geopend: de app heeft hem in gebruik)' : '';
    process.stdout.write(
      `Geschreven: ${path.resolve(out)} (${Math.round(file.bytes.length / 1024)} KiB)${mode}\n`,
    );
    return 0;
  } catch (error) {
    const message = isAppError(error) ? error.nl : error instanceof Error ? error.message : String(error);
    process.stderr.write(`ketenbord: export mislukt: ${message}\n`);
    return 1;
  } finally {
    await session?.close();
  }
}
