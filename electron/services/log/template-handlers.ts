import type { TemplateKey, TemplateSlot } from '../../../shared/api/log-api';
import { AppError } from '../../../shared/errors/app-error';
import { PLACEHOLDER_LIST, unknownPlaceholders } from '../../../shared/log/template-placeholders';
import { defaultTemplate, PLACEHOLDERS } from '../../../shared/log/templates';
import { ACTION_NUMBERS, AUDIENCES } from '../../../shared/model/vocabulary';
import type { MessageTemplate } from '../../../shared/protocol/operations';
import type { Protocol } from '../../../shared/protocol/schema';
import type { HandlerMap } from '../api/handler-types';
import type { AppContext } from '../app-context';
import { protocolStore } from '../protocol/protocol-document';

type TemplateMethod = 'templates.get' | 'templates.save' | 'templates.reset';

const LANGUAGES = ['nl', 'en'] as const;
const ACTIONS_AND_GENERAL: Array<number | null> = [...ACTION_NUMBERS, null];

const sameKey = (t: MessageTemplate, k: TemplateKey) =>
  t.audience === k.audience && t.action === k.action && t.language === k.language;

/** Every combination, so the editor's chooser can mark which ones the organisation has written. */
function overview(protocol: Protocol) {
  const own = protocol.operations.messageTemplates;
  const slots: TemplateSlot[] = [];
  for (const audience of AUDIENCES) {
    for (const action of ACTIONS_AND_GENERAL) {
      for (const language of LANGUAGES) {
        const key = { audience, action, language };
        const mine = own.find((t) => sameKey(t, key));
        slots.push({
          ...key,
          defaultText: defaultTemplate(audience, action, language),
          organisation: mine ? { subject: mine.subject, body: mine.body } : null,
        });
      }
    }
  }
  return { slots, placeholders: PLACEHOLDERS.map((p) => `{${p}}`) };
}

/** Changes the template list through the protocol document, so backups and locking apply as usual. */
async function changeTemplates(ctx: AppContext, change: (templates: MessageTemplate[]) => MessageTemplate[]) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const saved = await store.update((protocol) => ({
    ...protocol,
    operations: { ...protocol.operations, messageTemplates: change(protocol.operations.messageTemplates) },
  }));
  ctx.events.emit('protocol.changed', {});
  return overview(saved);
}

function refuseUnknownPlaceholders(subject: string, body: string): void {
  const unknown = unknownPlaceholders(`${subject}\n${body}`);
  if (unknown.length === 0) return;
  throw new AppError(
    'templates.unknownPlaceholder',
    {
      nl: `Niet opgeslagen: ${unknown.join(', ')} ${unknown.length === 1 ? 'is geen bekende invulplek' : 'zijn geen bekende invulplekken'}. U kunt gebruiken: ${PLACEHOLDER_LIST}.`,
      en: `Not saved: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a known placeholder' : 'are not known placeholders'}. You can use: ${PLACEHOLDER_LIST}.`,
    },
    { unknown },
  );
}

export const templateHandlers: HandlerMap<TemplateMethod> = {
  'templates.get': async (_input, ctx) => {
    const store = await protocolStore(ctx.requireWorkspace());
    return overview(store.data);
  },

  'templates.save': async (input, ctx) => {
    // Checked before touching the file: a refused text must not leave a half-written protocol.
    refuseUnknownPlaceholders(input.subject, input.body);
    const template: MessageTemplate = {
      audience: input.audience,
      action: input.action,
      language: input.language,
      subject: input.subject,
      body: input.body,
    };
    // At most one per combination (5 × 11 × 2 = 110), well inside the protocol's limit of 500.
    return changeTemplates(ctx, (templates) => [...templates.filter((t) => !sameKey(t, input)), template]);
  },

  'templates.reset': async (input, ctx) =>
    changeTemplates(ctx, (templates) => templates.filter((t) => !sameKey(t, input))),
};
