import type { Channel, CrisisRole, MediaMonitor, Protocol, Stakeholder } from './schema';
import { PROTOCOL_SCHEMA_VERSION } from './schema';
import { LIMITS } from './text';

/**
 * What a fresh protocol starts with: the tables of Bijlage I with their fixed rows (the four other
 * stakeholders, the six crisis-team roles, the five media, the five channels) ready to fill in.
 * Ids are fixed, so two fresh protocols agree and tests can name them.
 */
export const DEFAULT_CHANNELS: readonly Channel[] = [
  { id: 'channel-phone', name: 'Telefoon', kind: 'phone' },
  { id: 'channel-email', name: 'E-mail', kind: 'email' },
  { id: 'channel-letter', name: 'Brief', kind: 'letter' },
  { id: 'channel-newsletter', name: 'Nieuwsbrief', kind: 'newsletter' },
  { id: 'channel-social-media', name: 'Social media', kind: 'socialMedia' },
];

function otherStakeholder(
  id: string,
  organisation: string,
  wellKnown: Stakeholder['wellKnown'],
): Stakeholder {
  return {
    id,
    group: 'otherStakeholder',
    organisation,
    outsourcingKind: null,
    wellKnown,
    responsibleId: null,
    deputyId: null,
    agreements: '',
    timeliness: '',
    impactOfOutage: '',
    inCrisisTeam: false,
  };
}

export const DEFAULT_OTHER_STAKEHOLDERS: readonly Stakeholder[] = [
  otherStakeholder('stakeholder-ministry', 'Ministerie', 'ministry'),
  otherStakeholder('stakeholder-ap', 'Autoriteit Persoonsgegevens', 'dataProtectionAuthority'),
  otherStakeholder('stakeholder-police', 'Politie', 'police'),
  otherStakeholder('stakeholder-ncsc', 'NCSC', 'ncsc'),
];

/** Bijlage I's channel table: ministry and AP by phone, e-mail and letter; police and NCSC without letter. */
export const DEFAULT_CHANNEL_GRID: Readonly<Record<string, readonly string[]>> = {
  'stakeholder-ministry': ['channel-phone', 'channel-email', 'channel-letter'],
  'stakeholder-ap': ['channel-phone', 'channel-email', 'channel-letter'],
  'stakeholder-police': ['channel-phone', 'channel-email'],
  'stakeholder-ncsc': ['channel-phone', 'channel-email'],
};

const role = (id: string, name: string, preset: CrisisRole['preset']): CrisisRole => ({
  id,
  name,
  preset,
  responsibleId: null,
  deputyId: null,
});

export const DEFAULT_CRISIS_ROLES: readonly CrisisRole[] = [
  role('role-team-lead', 'Teamleiding', 'teamLead'),
  role('role-board-member', 'RvB-lid', 'boardMember'),
  role('role-business', 'Business', 'business'),
  role('role-communication', 'Communicatie', 'communication'),
  role('role-ict', 'ICT', 'ict'),
  role('role-security-privacy', 'IB&P', 'securityPrivacy'),
];

const medium = (id: string, name: string, preset: MediaMonitor['preset']): MediaMonitor => ({
  id,
  medium: name,
  preset,
  responsibleId: null,
  deputyId: null,
  // The three standing tasks of Bijlage I §4, weekly as its example suggests.
  tasks: { followMedia: true, periodicSummary: true, summaryFrequency: 'weekly', alertOnNegativeSurge: true },
});

export const DEFAULT_MEDIA: readonly MediaMonitor[] = [
  medium('media-press', 'Pers', 'press'),
  medium('media-social-media', 'Social media', 'socialMedia'),
  medium('media-news-sites', 'Nieuwssites', 'newsSites'),
  medium('media-radio-tv', 'Radio/TV', 'radioTv'),
  medium('media-internal-websites', 'Interne websites', 'internalWebsites'),
];

export function createDefaultProtocol(orgName = ''): Protocol {
  // structuredClone keeps the frozen-looking constants above from being shared and mutated.
  return structuredClone({
    schemaVersion: PROTOCOL_SCHEMA_VERSION,
    documentVersion: '1.0',
    organisation: { name: orgName.trim().slice(0, LIMITS.shortText), shortName: '' },
    people: [],
    systems: [],
    bcp: { documentName: '', location: '', ownerId: null },
    stakeholders: [...DEFAULT_OTHER_STAKEHOLDERS],
    crisisOrganisation: {
      roles: [...DEFAULT_CRISIS_ROLES],
      endResponsibles: {
        crisisManagement: null,
        internalCommunication: null,
        externalCommunication: null,
        cio: null,
        ciso: null,
        soc: null,
      },
    },
    channels: {
      list: [...DEFAULT_CHANNELS],
      grid: Object.fromEntries(Object.entries(DEFAULT_CHANNEL_GRID).map(([k, v]) => [k, [...v]])),
      publicChannels: [],
    },
    mediaMonitoring: [...DEFAULT_MEDIA],
    escalationConditions: [],
    exercise: {
      lastExercise: null,
      lastProtocolUpdate: null,
      nextExercise: null,
      nextExerciseTime: null,
      nextExerciseLocation: '',
    },
    operations: { nis2Applies: false, matrix: null, messageTemplates: [] },
  } satisfies Protocol);
}
