import type { protocolMethods } from '../../../shared/api/protocol-api';
import { AppError } from '../../../shared/errors/app-error';
import { byLocale } from '../../../shared/i18n/locale';
import { textsOf } from '../../../shared/i18n/texts';
import { exportCallListCsv } from '../../../shared/protocol/contacts-io';
import { nextExerciseIcs } from '../../../shared/protocol/ics';
import type { Protocol } from '../../../shared/protocol/schema';
import type { Classification } from '../../../shared/report/model';
import type { HandlerMap } from '../api/handler-types';
import type { AppContext } from '../app-context';
import { renderInWorker } from '../export/render-in-worker';
import { exerciseCalendarFor } from './exercise-calendar';
import { exportFileName } from './file-names';
import { importContacts, previewContacts } from './import-contacts';
import { importDocx, previewDocx } from './import-docx';
import { parseProtocolFile, readSampleProtocol } from './import-protocol';
import { protocolStore } from './protocol-document';
import { discardProtocolDraft } from './protocol-draft';
import { stateOf } from './protocol-state';
import { saveProtocol } from './save-protocol';

/** 'vertrouwelijk' / 'confidential' in the call list's file name; nothing when unclassified */
function classificationWord(input: { language: 'nl' | 'en'; classification: Classification }): string {
  return textsOf(input.language, 'document').classification[input.classification].toLowerCase();
}

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
} as const;

async function readStored(ctx: AppContext): Promise<Protocol> {
  return (await protocolStore(ctx.requireWorkspace())).data;
}

/** Replaces the whole protocol (import, demo) and tells every window. */
async function replaceWhole(ctx: AppContext, next: Protocol) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const saved = await (await protocolStore(session)).replace(next);
  // the editor's draft was made on the protocol that is now gone
  await discardProtocolDraft(session);
  ctx.events.emit('protocol.changed', {});
  return stateOf(saved);
}

export const protocolHandlers: HandlerMap<keyof typeof protocolMethods> = {
  'protocol.get': async (_input, ctx) => stateOf(await readStored(ctx)),
  'protocol.readiness': async (_input, ctx) => stateOf(await readStored(ctx)).readiness,
  'protocol.save': async (input, ctx) => {
    const result = await saveProtocol(ctx, input);
    // saved is saved: the draft it came from is done with (a refused save keeps it)
    if (result.saved) await discardProtocolDraft(ctx.requireWorkspace());
    return result;
  },
  'protocol.loadSample': async (_input, ctx) => {
    // Check writability before reading the file, so a read-only window gets the clearer message.
    ctx.requireWorkspace().assertWritable();
    return replaceWhole(ctx, await readSampleProtocol());
  },
  'protocol.exportJson': async (_input, ctx) => {
    const protocol = await readStored(ctx);
    return {
      fileName: exportFileName(protocol, 'protocol', 'json'),
      mime: MIME.json,
      json: `${JSON.stringify(protocol, null, 2)}\n`,
    };
  },
  'protocol.importJson': async (input, ctx) => {
    ctx.requireWorkspace().assertWritable();
    return replaceWhole(ctx, parseProtocolFile(input.text));
  },
  'protocol.previewContacts': (input, ctx) => previewContacts(ctx, input),
  'protocol.importContacts': (input, ctx) => importContacts(ctx, input),
  'protocol.previewDocx': (input, ctx) => previewDocx(ctx, input),
  'protocol.importDocx': (input, ctx) => importDocx(ctx, input),
  'protocol.callListCsv': async (input, ctx) => {
    const protocol = await readStored(ctx);
    return {
      fileName: exportFileName(
        protocol,
        [byLocale(input.language, { nl: 'bellijst', en: 'call-list' }), classificationWord(input)]
          .filter(Boolean)
          .join('-'),
        'csv',
      ),
      mime: MIME.csv,
      csv: exportCallListCsv(protocol, { language: input.language }),
    };
  },
  'protocol.print': async (input, ctx) => {
    const protocol = await readStored(ctx);
    const options = {
      language: input.language,
      classification: input.classification,
      generatedAt: new Date(),
      appVersion: ctx.options.appVersion,
    };
    // rendered in a worker thread, so printing never stalls the other windows' API calls
    const bytes = await renderInWorker({ kind: 'protocol', format: input.format, protocol, options });
    const base = byLocale(input.language, {
      nl: 'crisiscommunicatieprotocol',
      en: 'crisis-communication-protocol',
    });
    return {
      fileName: exportFileName(protocol, base, input.format),
      mime: MIME[input.format],
      base64: bytes.toString('base64'),
    };
  },
  'protocol.ics': async (input, ctx) => {
    const protocol = await readStored(ctx);
    if (protocol.exercise.nextExercise === null) {
      throw new AppError('protocol.noNextExercise', {
        nl: 'Er is nog geen datum voor de volgende oefening opgeslagen. Vul die in bij Oefening en sla op.',
        en: 'No date for the next exercise has been saved yet. Fill it in under Exercise and save.',
      });
    }
    const calendar = await exerciseCalendarFor(ctx.requireWorkspace(), protocol, input.yearly);
    const text = nextExerciseIcs(protocol, new Date(), {
      ...calendar,
      yearly: input.yearly,
      language: input.language,
    });
    return {
      fileName: exportFileName(protocol, textsOf(input.language, 'calendar').fileName, 'ics'),
      mime: MIME.ics,
      text,
      base64: Buffer.from(text, 'utf8').toString('base64'),
    };
  },
};
