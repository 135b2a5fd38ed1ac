import type { Locale } from '../../../shared/i18n/locale';
import { textsOf } from '../../../shared/i18n/texts';
import { translate } from '../../../shared/i18n/translator';
import { formatAmsterdam } from '../../../shared/log/time';
import { actionDefinition } from '../../../shared/matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../shared/matrix/labels';
import { idSchema, PHASES } from '../../../shared/model/vocabulary';
import type { IncidentStatus } from '../../../shared/verdicts/status';
import { readIncidentStatus } from '../../services/incident/status-source';
import { openWorkspaceForReading, type WorkspaceReader } from '../../services/workspace/workspace-reader';
import { parseCommandArgs } from '../command-args';
import { unreadableIncidentInput } from '../incident-input';
import { bothLanguages, languageFlagOf } from '../language';
import { err, errExplained } from '../output';

const USAGE = 'Gebruik: ketenbord status --workspace MAP --incident ID [--json] [--lang nl|en]';

/**
 * `ketenbord status --workspace DIR --incident ID [--json]`: the verdicts as the board and the
 * reports judge them, and what is waiting. Read-only, also while the app holds the workspace.
 * Exit 0 printed, 2 bad arguments or an unreadable workspace or incident.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      workspace: { type: 'string' },
      incident: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'nl' },
    },
    USAGE,
    fail,
  );
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const { workspace, incident } = values;
  if (!workspace || !incident) return fail(bothLanguages('cli:errors.needWorkspaceAndIncident'));
  if (!idSchema.safeParse(incident).success) {
    return fail(bothLanguages('cli:errors.badIncidentId', { id: incident }));
  }
  const lang = languageFlagOf(values.lang);
  if (!lang) return fail(bothLanguages('cli:errors.badLanguage', { value: values.lang ?? '' }));

  let reader: WorkspaceReader;
  try {
    // read-only: never the lock, never a file created, moved or repaired
    reader = await openWorkspaceForReading(workspace);
  } catch (error) {
    errExplained(error, 'ketenbord: ');
    return 2;
  }
  try {
    const refusal = await unreadableIncidentInput(reader, incident);
    if (refusal) {
      err(`ketenbord: ${refusal.nl}`);
      err(refusal.en);
      return 2;
    }
    const status = await readIncidentStatus(reader.session, incident, { now: new Date(), locale: lang });
    process.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : printable(status, lang));
    return 0;
  } catch (error) {
    errExplained(error, 'ketenbord: ');
    return 2;
  } finally {
    await reader.close();
  }
}

function printable(status: IncidentStatus, lang: Locale): string {
  const S = textsOf(lang, 'cli').status;
  const i = status.incident;
  const lines: string[] = [];
  lines.push(`${i.title}${i.isExercise ? S.exercise : ''} (${i.id})`);
  lines.push(
    translate(lang, 'cli:status.header', {
      phase: PHASE_LABELS[i.phase].short[lang],
      since: formatAmsterdam(i.trackedFrom, 'dd-MM-yyyy HH:mm'),
      norm: i.normMinutes,
    }),
  );
  let phase = '';
  for (const v of status.verdicts) {
    if (v.status === 'upcoming' || v.status === 'notRequired') continue;
    if (v.phase !== phase) {
      phase = v.phase;
      lines.push('', `${PHASES.indexOf(v.phase) + 1}. ${PHASE_LABELS[v.phase].short[lang]}`);
    }
    const when = v.at ? ` ${formatAmsterdam(v.at, 'HH:mm')}` : '';
    const late =
      v.minutesAfterDue !== undefined && v.status === 'doneLate' ? ` (+${v.minutesAfterDue} min)` : '';
    const names = (ids: string[]) => ids.map((id) => status.organisations[id] ?? id).join(', ');
    const stillOwed = v.status === 'partial' || v.status === 'missed' || v.status === 'open';
    const missing =
      stillOwed && v.recipients && v.recipients.notTold.length > 0
        ? ` — ${S.notYet}: ${names(v.recipients.notTold)}`
        : '';
    lines.push(
      `  ${AUDIENCE_LABELS[v.audience].short[lang].padEnd(14)} ${String(v.action).padStart(2)} ${(actionDefinition(v.action)?.label[lang] ?? '').padEnd(30)} ${S.words[v.status]}${when}${late}${missing}`,
    );
  }
  lines.push('', S.waitingFor);
  if (status.waiting.length === 0) lines.push(S.nothing);
  for (const w of status.waiting) {
    const due = w.dueAt ? formatAmsterdam(w.dueAt, 'dd-MM HH:mm') : '–';
    const basis = w.basis ? ` (${w.basis})` : '';
    lines.push(`  ${due.padEnd(11)} ${w.summary}${basis}${w.overdue ? S.overdue : ''}`);
  }
  lines.push('', ...mediaRoundLines(status.mediaRounds, lang));
  return `${lines.join('\n')}\n`;
}

/** One line per medium on the roster: when its next round is due, who watches, how often, late or not. */
function mediaRoundLines(rounds: IncidentStatus['mediaRounds'], lang: 'nl' | 'en'): string[] {
  const text = textsOf(lang, 'media').status;
  if (rounds.length === 0) return [text.heading, `  ${text.none}`];
  return [
    text.heading,
    ...rounds.map(
      (r) =>
        `  ${translate(lang, 'media:status.line', {
          medium: r.medium,
          time: formatAmsterdam(r.dueAt, 'dd-MM HH:mm'),
          watcher: r.watcher ?? text.noWatcher,
          minutes: String(r.roundMinutes),
        })}${r.overdue ? text.overdue : ''}`,
    ),
  ];
}

function fail(message: string): number {
  process.stderr.write(`ketenbord: ${message}\n${USAGE}\n`);
  return 2;
}
