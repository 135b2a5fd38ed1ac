import { useMemo } from 'react';
import type { TemplateKey } from '../../../../../shared/api/log-api';
import { call } from '../../../api/client';
import { useLiveCall } from '../../../api/use-live-call';

export const slotId = (k: TemplateKey) => `${k.audience}.${k.action ?? 'general'}.${k.language}`;

/**
 * The templates overview from the API, kept fresh when another window changes the protocol
 * (an import replaces the templates too).
 */
const loadTemplates = () => call('templates.get', {});
const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;

export function useTemplates() {
  const query = useLiveCall(loadTemplates, PROTOCOL_EVENTS);
  const slots = useMemo(
    () => (query.data ? new Map(query.data.slots.map((s) => [slotId(s), s] as const)) : null),
    [query.data],
  );
  return {
    slots,
    placeholders: query.data?.placeholders ?? [],
    error: query.error,
    // the answer of a save or reset is the new overview; the protocol.changed it causes asks again
    save: async (key: TemplateKey, subject: string, body: string) => {
      await call('templates.save', { ...key, subject, body });
      query.reload();
    },
    reset: async (key: TemplateKey) => {
      await call('templates.reset', key);
      query.reload();
    },
  };
}
