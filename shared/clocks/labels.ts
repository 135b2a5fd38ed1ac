import type { Localized } from '../matrix/labels';
import type { LegalClockId } from '../model/vocabulary';

export interface LegalClockLabel {
  /** fits the board header next to the remaining time */
  short: Localized;
  /** what has to be done by the deadline and on which legal basis */
  full: Localized;
  /** the article it rests on, named beside the clock */
  basis: Localized;
}

export const LEGAL_CLOCK_LABELS: Readonly<Record<LegalClockId, LegalClockLabel>> = {
  apDataBreach72h: {
    short: { nl: 'Melding AP (72 u)', en: 'AP notification (72 h)' },
    full: {
      nl: 'Datalek melden bij de Autoriteit Persoonsgegevens binnen 72 uur na ontdekking (AVG art. 33)',
      en: 'Notify the Dutch Data Protection Authority of the breach within 72 hours of discovery (GDPR art. 33)',
    },
    basis: { nl: 'AVG art. 33 lid 1', en: 'GDPR art. 33(1)' },
  },
  nis2EarlyWarning24h: {
    short: { nl: 'Vroegtijdige waarschuwing (24 u)', en: 'Early warning (24 h)' },
    full: {
      nl: 'Vroegtijdige waarschuwing aan NCSC of CSIRT binnen 24 uur nadat de organisatie kennis kreeg van het significante incident (NIS2 / Cyberbeveiligingswet)',
      en: 'Early warning to the NCSC or CSIRT within 24 hours of becoming aware of the significant incident (NIS2 / Dutch Cybersecurity Act)',
    },
    basis: { nl: 'NIS2 art. 23 lid 4 onder a (Cbw)', en: 'NIS2 art. 23(4)(a) (Cbw)' },
  },
  nis2Notification72h: {
    short: { nl: 'Incidentmelding (72 u)', en: 'Incident notification (72 h)' },
    full: {
      nl: 'Incidentmelding aan NCSC of CSIRT binnen 72 uur nadat de organisatie kennis kreeg van het significante incident (NIS2 / Cyberbeveiligingswet)',
      en: 'Incident notification to the NCSC or CSIRT within 72 hours of becoming aware of the significant incident (NIS2 / Dutch Cybersecurity Act)',
    },
    basis: { nl: 'NIS2 art. 23 lid 4 onder b (Cbw)', en: 'NIS2 art. 23(4)(b) (Cbw)' },
  },
  nis2FinalReport1m: {
    short: { nl: 'Eindverslag (1 mnd)', en: 'Final report (1 month)' },
    full: {
      nl: 'Eindverslag aan NCSC of CSIRT binnen één maand na de incidentmelding (NIS2 / Cyberbeveiligingswet)',
      en: 'Final report to the NCSC or CSIRT within one month of the incident notification (NIS2 / Dutch Cybersecurity Act)',
    },
    basis: { nl: 'NIS2 art. 23 lid 4 onder d (Cbw)', en: 'NIS2 art. 23(4)(d) (Cbw)' },
  },
};
