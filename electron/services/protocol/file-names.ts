import type { Protocol } from '../../../shared/protocol/schema';

/**
 * File names for exports: the organisation's short name and today's date, so a folder of
 * printed versions sorts by date and says whose protocol each one is.
 */
export function exportFileName(
  protocol: Protocol,
  base: string,
  extension: string,
  now = new Date(),
): string {
  const org = (protocol.organisation.shortName || protocol.organisation.name || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const date = now.toISOString().slice(0, 10);
  return `${[base, org, date].filter(Boolean).join('-')}.${extension}`;
}
