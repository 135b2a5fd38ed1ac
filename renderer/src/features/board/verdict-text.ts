import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/i18n/locale';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { shortOrganisationName } from '../../../../shared/verdicts/partners';
import type { IncidentVerdicts, Verdict, VerdictStatus } from '../../../../shared/verdicts/types';
import { timeOnly } from '../../components/format';

/** A symbol per status, so a grey-scale projector or a colour-blind reader still sees it. */
export const STATUS_MARK: Record<VerdictStatus, string> = {
  open: '●',
  done: '✓',
  doneLate: '✓',
  partial: '◐',
  notApplicable: '–',
  missed: '✗',
  satisfiedEarlier: '✓',
  notNeeded: '–',
  notRequired: '',
  upcoming: '',
};

/** Whether the operator can still act on it: log it (late), log the rest, or take it off. */
export const ACTIONABLE: ReadonlySet<VerdictStatus> = new Set(['open', 'partial', 'missed']);

/**
 * The verdict in words for a cell: "gedaan 10:42 · 12 min na verschuldigd", "1 van 2 · SPPD nog
 * niet", "al gedaan in fase Probleem duidelijk", "niet gevolgd".
 */
export function verdictDetails(
  v: Verdict,
  verdicts: IncidentVerdicts,
  t: TFunction<'board'>,
  lang: Locale,
): string[] {
  const parts: string[] = [];
  if (
    v.at &&
    (v.status === 'done' ||
      v.status === 'doneLate' ||
      v.status === 'notApplicable' ||
      v.status === 'notNeeded')
  )
    parts.push(timeOnly(v.at));
  if (v.status === 'doneLate' && v.minutesAfterDue !== undefined)
    parts.push(t('lateBy', { minutes: v.minutesAfterDue }));
  if (v.via === 'regulatorNotification') parts.push(t('viaAp'));
  if (v.status === 'satisfiedEarlier' && v.donePhase)
    parts.push(t('doneIn', { phase: PHASE_LABELS[v.donePhase].short[lang] }));
  if (v.status === 'notRequired' && v.notRequiredReason)
    parts.push(t(`notRequiredReason.${v.notRequiredReason}`));
  const r = v.recipients;
  if (
    r &&
    (v.status === 'partial' || ((v.status === 'open' || v.status === 'missed') && r.told.length > 0))
  ) {
    parts.push(t('told', { told: r.told.length, total: r.told.length + r.notTold.length }));
    if (r.notTold.length > 0)
      parts.push(
        t('stillToTell', {
          names: r.notTold.map((id) => shortOrganisationName(verdicts.organisations[id] ?? id)).join(', '),
        }),
      );
  }
  if (v.conditional && (v.status === 'open' || v.status === 'upcoming')) parts.push(t('conditional'));
  return parts;
}
