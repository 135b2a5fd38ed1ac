import { useCallback, useEffect, useState } from 'react';
import type { TemplateKey, TemplateSlot } from '../../../../../shared/api/log-api';
import { call, on } from '../../../api/client';

export const slotId = (k: TemplateKey) => `${k.audience}.${k.action ?? 'general'}.${k.language}`;

/**
 * The templates overview from the API, kept fresh when another window changes the protocol
 * (an import replaces the templates too).
 */
export function useTemplates() {
  const [slots, setSlots] = useState<Map<string, TemplateSlot> | null>(null);
  const [placeholders, setPlaceholders] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const apply = useCallback((result: { slots: TemplateSlot[]; placeholders: string[] }) => {
    setSlots(new Map(result.slots.map((s) => [slotId(s), s])));
    setPlaceholders(result.placeholders);
  }, []);

  useEffect(() => {
    const load = () =>
      void call('templates.get', {})
        .then(apply)
        .catch((e: unknown) => setError(e));
    load();
    return on('protocol.changed', load);
  }, [apply]);

  return {
    slots,
    placeholders,
    error,
    save: async (key: TemplateKey, subject: string, body: string) =>
      apply(await call('templates.save', { ...key, subject, body })),
    reset: async (key: TemplateKey) => apply(await call('templates.reset', key)),
  };
}
