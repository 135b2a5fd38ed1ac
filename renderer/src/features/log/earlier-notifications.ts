import { useCallback, useMemo } from 'react';
import type { LogRow } from '../../../../shared/api/log-api';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import type { NotificationType } from './kind-bodies';

export type Notification = Extract<LogEntry, { kind: 'regulatorNotification' }>;

/**
 * The regulator notifications already in this incident's log (as corrected), newest first: what a
 * new one can follow up. An incident has a handful, so one page of the filtered log holds them all.
 */
export function useEarlierNotifications(incidentId: string | null): Notification[] | null {
  const load = useCallback(
    () =>
      call('log.list', {
        incidentId: incidentId ?? '',
        filter: { kinds: ['regulatorNotification'] },
        offset: 0,
        limit: 500,
      }),
    [incidentId],
  );
  const { data, error } = useLiveCall(incidentId ? load : null, LOG_EVENTS);
  const list = useMemo(() => (data ? notificationsOf(data.rows) : null), [data]);
  // without the list the form still works: the follow-up is optional
  return error ? [] : list;
}

const LOG_EVENTS = ['log.appended'] as const;

export function notificationsOf(rows: readonly LogRow[]): Notification[] {
  return rows
    .map((r) => r.effective ?? r.entry)
    .filter((e): e is Notification => e.kind === 'regulatorNotification')
    .reverse();
}

/**
 * What usually follows a notification, to propose when one is picked: the AP takes supplements; a
 * NIS2 report goes early warning → notification → intermediate report → final report. The person
 * can always choose another.
 */
export function nextNotificationType(earlier: Notification): NotificationType {
  if (earlier.regulator === 'AP') return 'supplement';
  switch (earlier.notificationType) {
    case 'earlyWarning':
      return 'notification';
    case 'notification':
    case 'supplement':
      return 'intermediateReport';
    case 'intermediateReport':
    case 'finalReport':
      return 'finalReport';
    default:
      return 'supplement';
  }
}
