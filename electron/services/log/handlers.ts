import path from 'node:path';
import type { LogIncident, logMethods } from '../../../shared/api/log-api';
import { AppError } from '../../../shared/errors/app-error';
import { byLocale } from '../../../shared/i18n/locale';
import { logToCsv } from '../../../shared/log/csv';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { checkDraftForMedia, needsMediaCheck } from '../../../shared/log/media-check';
import { draftMessage } from '../../../shared/log/templates';
import { formatAmsterdam } from '../../../shared/log/time';
import type { HandlerMap } from '../api/handler-types';
import { journalPath } from '../incident/incident-document';
import { assertIncidentKnown, loadIncident, scanIncidents } from '../incident/incident-repository';
import { readProtocol } from '../protocol/protocol-document';
import { incidentJournal } from '../workspace/journals';
import type { ChainBreak } from './chain-break';
import { protocolContacts } from './drafting';
import { exportWitnesses } from './export-witnesses';
import { integrityMarks, withMark } from './integrity-marks';
import { recordLogEntry } from './record-log-entry';
import { templateHandlers } from './template-handlers';
import { verifyJournalFile } from './verify-file';
import { facetsOf, filterJournal, repliesOf, rowAt, toRow } from './view-cache';

export const logHandlers: HandlerMap<keyof typeof logMethods> = {
  ...templateHandlers,
  'log.incidents': async (_input, ctx) => {
    const scan = await scanIncidents(ctx.requireWorkspace());
    const incidents: LogIncident[] = scan.incidents.map((i) => ({
      id: i.id,
      title: i.title,
      isExercise: i.isExercise,
      status: i.status,
      detectedAt: i.detectedAt,
      phase: i.phase,
    }));
    // listIncidents is newest first: the first open one is the one the room is working on.
    const defaultId = (incidents.find((i) => i.status === 'open') ?? incidents[0])?.id ?? null;
    return { incidents, defaultId, unreadable: scan.unreadable };
  },

  'log.contacts': async (_input, ctx) => {
    const protocol = await readProtocol(ctx.requireWorkspace());
    return {
      organisation: protocol.organisation.name,
      channels: protocol.channels.list.map((c) => c.name),
      contacts: protocolContacts(protocol),
    };
  },

  'log.append': async (input, ctx) => {
    // recordLogEntry checks the workspace is writable, sets the phase, fsyncs and tells every window.
    return recordLogEntry(ctx, input.incidentId, input.body, {
      author: input.author,
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    });
  },

  'log.list': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    await assertIncidentKnown(session, input.incidentId); // also when its file is damaged
    const journal = await incidentJournal(session, input.incidentId);
    const result = filterJournal(journal, input.filter);
    const page = result.positions.slice(input.offset, input.offset + input.limit);
    const replies = repliesOf(journal);
    const marks = integrityMarks(journal);
    return {
      total: result.positions.length,
      count: result.count,
      offset: input.offset,
      rows: page.map((i) => withMark(toRow(result.index.items[i]!, replies), marks)),
      phaseRuns: result.phaseRuns,
      facets: facetsOf(journal),
      filterMs: result.ms,
    };
  },

  'log.get': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    await assertIncidentKnown(session, input.incidentId);
    const row = rowAt(await incidentJournal(session, input.incidentId), input.seq);
    if (!row) {
      throw new AppError('log.entryMissing', {
        nl: `Regel ${input.seq} bestaat niet in dit logboek.`,
        en: `Entry ${input.seq} does not exist in this log.`,
      });
    }
    return row;
  },

  'log.exportCsv': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    await assertIncidentKnown(session, input.incidentId);
    const journal = await incidentJournal(session, input.incidentId);
    const entries = input.filter ? withTheirCorrections(journal, input.filter) : journal.entries();
    const stamp = formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd_HHmm');
    // The file name speaks the reader's language too: it is what they see in their downloads.
    const words = byLocale(input.language, {
      nl: { log: 'logboek', filtered: '_gefilterd' },
      en: { log: 'log', filtered: '_filtered' },
    });
    const suffix = input.filter ? words.filtered : '';
    return {
      fileName: `${words.log}_${input.incidentId}_${stamp}${suffix}.csv`,
      csv: logToCsv(entries, { locale: input.language }),
      rows: entries.length,
    };
  },

  'log.verify': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    await assertIncidentKnown(session, input.incidentId);
    // Read the file from disk, not the journal in memory: only the file shows a change made to
    // it behind the app's back.
    const file = session.resolve(journalPath(input.incidentId));
    const incident = await loadIncident(session, input.incidentId).catch(() => null);
    const result = await verifyJournalFile(
      path.resolve(file),
      input.incidentId,
      incident ? exportWitnesses(incident) : [],
    );
    const plain = (b: ChainBreak) => ({ line: b.line, reason: b.reason, reasonEn: b.reasonEn });
    return {
      ok: result.ok,
      count: result.count,
      headHash: result.headHash,
      firstBreak: result.firstBreak ? plain(result.firstBreak) : null,
      breaks: result.breaks.map(plain),
    };
  },

  'log.draft': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    const incident = await loadIncident(session, input.incidentId);
    const protocol = await readProtocol(session);
    const draft = draftMessage({
      audience: input.audience,
      action: input.action,
      language: input.language,
      values: {
        organisation:
          protocol.organisation.name ||
          byLocale(input.language, { nl: '[organisatie]', en: '[organisation]' }),
        incidentTitle: incident.title,
        time: new Date().toISOString(),
        nextUpdate: input.nextUpdate ?? null,
        isExercise: incident.isExercise,
      },
      orgTemplates: protocol.operations.messageTemplates,
    });
    const mediaFindings = needsMediaCheck(input.audience)
      ? checkDraftForMedia(`${draft.subject}\n${draft.body}`)
      : [];
    return { ...draft, mediaFindings };
  },

  'log.mediaCheck': async (input) => ({ findings: checkDraftForMedia(input.text) }),
};

/**
 * The matching entries plus the corrections that point at them, so a filtered export still shows
 * which rows were corrected and by what.
 */
function withTheirCorrections(
  journal: Awaited<ReturnType<typeof incidentJournal>>,
  filter: NonNullable<Parameters<typeof filterJournal>[1]>,
): LogEntry[] {
  const { positions, index } = filterJournal(journal, filter);
  const matched = new Set(positions);
  const seqs = new Set(positions.map((i) => index.items[i]!.entry.seq));
  const out: LogEntry[] = [];
  for (let i = 0; i < index.items.length; i++) {
    const entry = index.items[i]!.entry;
    if (matched.has(i) || (entry.kind === 'correction' && seqs.has(entry.corrects))) out.push(entry);
  }
  return out;
}
