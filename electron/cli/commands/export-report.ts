import path from 'node:path';
import { idSchema } from '../../../shared/model/vocabulary';
import {
  CLASSIFICATIONS,
  type Classification,
  REPORT_KINDS,
  type ReportKind,
} from '../../../shared/report/model';
import { readAppVersion } from '../../services/app-version';
import { exportReport, type ReportFormat } from '../../services/report/export-report';
import { openWorkspaceForReading, type WorkspaceReader } from '../../services/workspace/workspace-reader';
import { parseCommandArgs } from '../command-args';
import { unreadableIncidentInput } from '../incident-input';
import { bothLanguages } from '../language';
import { err, errExplained, writeExportFile } from '../output';

const USAGE = [
  'Gebruik: ketenbord export report --incident ID --kind aftercare|evaluation --format docx|pdf',
  '                                 --workspace MAP --out BESTAND',
  '                                 [--classification none|intern|vertrouwelijk (standaard: intern)]',
  '                                 [--lang nl|en] [--author NAAM]',
].join('\n');

function fail(message: string): number {
  process.stderr.write(`ketenbord: ${message}\n${USAGE}\n`);
  return 2;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

/**
 * `ketenbord export report …`: writes the aftercare report or the exercise evaluation to a file.
 * It opens the workspace read-only (no lock, so it works while the app runs, and nothing created,
 * moved or repaired). Exit 0 written, 1 rendering or writing failed, 2 bad arguments or unreadable
 * input (a missing, damaged or newer incident, protocol or evaluation — never a report of defaults).
 * The classification defaults to `intern`, as on the app's export screen; the file is 0600.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      incident: { type: 'string' },
      kind: { type: 'string' },
      format: { type: 'string' },
      workspace: { type: 'string' },
      out: { type: 'string' },
      classification: { type: 'string', default: 'intern' },
      lang: { type: 'string', default: 'nl' },
      author: { type: 'string', default: '' },
    },
    USAGE,
    fail,
  );
  if ('exit' in parsed) return parsed.exit;
  const { incident, kind, format, workspace, out, classification, lang, author } = parsed.values;
  if (!incident || !kind || !format || !workspace || !out) {
    return fail(bothLanguages('cli:errors.needReportArguments'));
  }
  if (!idSchema.safeParse(incident).success) {
    return fail(bothLanguages('cli:errors.badIncidentId', { id: incident }));
  }
  if (!oneOf(REPORT_KINDS, kind)) return fail(bothLanguages('cli:errors.badKind', { value: kind ?? '' }));
  if (!oneOf(['docx', 'pdf'] as const, format))
    return fail(bothLanguages('cli:errors.badFormat', { value: format ?? '' }));
  if (!oneOf(CLASSIFICATIONS, classification)) {
    return fail(bothLanguages('cli:errors.badClassification', { value: classification ?? '' }));
  }
  if (!oneOf(['nl', 'en'] as const, lang))
    return fail(bothLanguages('cli:errors.badLanguage', { value: lang ?? '' }));

  let reader: WorkspaceReader;
  try {
    reader = await openWorkspaceForReading(workspace);
  } catch (error) {
    errExplained(error, 'ketenbord: ');
    return 2;
  }
  try {
    const refusal = await unreadableIncidentInput(reader, incident);
    if (refusal) {
      err(`ketenbord: er is geen rapport gemaakt. ${refusal.nl}`);
      err(`No report was made. ${refusal.en}`);
      return 2;
    }
    let file: Awaited<ReturnType<typeof exportReport>>;
    try {
      file = await exportReport(reader.session, {
        incidentId: incident,
        kind: kind as ReportKind,
        format: format as ReportFormat,
        classification: classification as Classification,
        language: lang,
        author: author ?? '',
        appVersion: readAppVersion(),
        // no window to keep free here: a worker would only load every renderer a second time
        inline: true,
      });
      await writeExportFile(out, file.bytes);
    } catch (error) {
      errExplained(error, 'ketenbord: export mislukt: ');
      return 1;
    }
    process.stdout.write(`Geschreven: ${path.resolve(out)} (${Math.round(file.bytes.length / 1024)} KiB)\n`);
    return 0;
  } finally {
    await reader.close();
  }
}
