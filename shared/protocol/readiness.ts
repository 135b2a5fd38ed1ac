import { TZDate } from '@date-fns/tz';
import { IMPORT_FLAG } from './import/contact-draft';
import type { EndResponsibility, Person, Protocol } from './schema';
import { referencedPersonIds } from './usages';

/**
 * The readiness check ("Gereedheid"): every concrete thing the crisis room will miss on the day,
 * each pointing at the field that fixes it. `checks` counts what was examined, so the home screen
 * can say "31 of 38 checks met" and the figure grows as the protocol grows.
 */
export type ReadinessSection =
  | 'organisation'
  | 'people'
  | 'systems'
  | 'bcp'
  | 'stakeholders'
  | 'crisisTeam'
  | 'endResponsibles'
  | 'channels'
  | 'media'
  | 'escalation'
  | 'exercise';

export interface Gap {
  id: string;
  /** error: on the day someone cannot be reached or nobody is in charge; warning: weaker, still a gap. */
  severity: 'error' | 'warning';
  message: { nl: string; en: string };
  target: { section: ReadinessSection; itemId?: string; field?: string };
}

export interface Readiness {
  checks: number;
  met: number;
  gaps: Gap[];
}

const ZONE = 'Europe/Amsterdam';

/** Calendar date in Amsterdam, as yyyy-mm-dd, so comparisons with stored dates are plain string order. */
function amsterdamDate(instant: Date, yearsBack = 0): string {
  const d = new TZDate(instant.getTime(), ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear() - yearsBack}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const END_LABELS: Record<EndResponsibility, { nl: string; en: string }> = {
  crisisManagement: { nl: 'crisismanagement', en: 'crisis management' },
  internalCommunication: { nl: 'interne communicatie', en: 'internal communication' },
  externalCommunication: { nl: 'externe communicatie', en: 'external communication' },
  cio: { nl: 'ICT (CIO)', en: 'ICT (CIO)' },
  ciso: { nl: 'informatiebeveiliging (CISO)', en: 'information security (CISO)' },
  soc: { nl: 'het SOC', en: 'the SOC' },
};

const hasAnyNumber = (p: Person) => Boolean(p.workPhone || p.privatePhone || p.mobilePhone);

export function checkReadiness(protocol: Protocol, today: Date): Readiness {
  const gaps: Gap[] = [];
  let checks = 0;
  /** Records one check; adds the gap when it is not met. */
  const check = (met: boolean, gap: Gap): void => {
    checks += 1;
    if (!met) gaps.push(gap);
  };

  check(protocol.organisation.name !== '', {
    id: 'organisation:name',
    severity: 'warning',
    message: { nl: 'De naam van de organisatie ontbreekt.', en: 'The organisation name is missing.' },
    target: { section: 'organisation', field: 'name' },
  });

  /** Responsible and deputy checks shared by systems, stakeholders, roles and media. */
  const pairChecks = (
    item: { id: string; responsibleId: string | null; deputyId: string | null },
    section: ReadinessSection,
    what: { nl: string; en: string },
  ): void => {
    check(item.responsibleId !== null, {
      id: `${section}:${item.id}:responsible`,
      severity: 'error',
      message: {
        nl: `${what.nl} heeft geen verantwoordelijke.`,
        en: `${what.en} has no responsible person.`,
      },
      target: { section, itemId: item.id, field: 'responsibleId' },
    });
    const same = item.deputyId !== null && item.deputyId === item.responsibleId;
    check(item.deputyId !== null && !same, {
      id: `${section}:${item.id}:deputy`,
      severity: 'warning',
      message: same
        ? {
            nl: `${what.nl}: de vervanger is dezelfde persoon als de verantwoordelijke.`,
            en: `${what.en}: the deputy is the same person as the responsible.`,
          }
        : { nl: `${what.nl} heeft geen vervanger.`, en: `${what.en} has no deputy.` },
      target: { section, itemId: item.id, field: 'deputyId' },
    });
  };

  check(protocol.systems.length > 0, {
    id: 'systems:none',
    severity: 'error',
    message: {
      nl: 'Er zijn nog geen cruciale informatiesystemen vastgelegd.',
      en: 'No critical information systems have been recorded.',
    },
    target: { section: 'systems' },
  });
  for (const s of protocol.systems) {
    pairChecks(s, 'systems', { nl: `Systeem ‘${s.name}’`, en: `System ‘${s.name}’` });
  }

  check(protocol.bcp.documentName !== '' || protocol.bcp.location !== '', {
    id: 'bcp:document',
    severity: 'warning',
    message: {
      nl: 'Er staat geen verwijzing naar het Business Continuity Plan.',
      en: 'There is no reference to the Business Continuity Plan.',
    },
    target: { section: 'bcp', field: 'documentName' },
  });
  check(protocol.bcp.ownerId !== null, {
    id: 'bcp:owner',
    severity: 'warning',
    message: { nl: 'Er is geen BCM-verantwoordelijke aangewezen.', en: 'No BCM owner has been named.' },
    target: { section: 'bcp', field: 'ownerId' },
  });

  check(
    protocol.stakeholders.some((s) => s.group === 'chainPartner'),
    {
      id: 'stakeholders:no-chain-partner',
      severity: 'error',
      message: {
        nl: 'Er zijn nog geen keten- of netwerkpartners vastgelegd.',
        en: 'No chain or network partners have been recorded.',
      },
      target: { section: 'stakeholders' },
    },
  );
  for (const s of protocol.stakeholders) {
    pairChecks(s, 'stakeholders', {
      nl: `Stakeholder ‘${s.organisation}’`,
      en: `Stakeholder ‘${s.organisation}’`,
    });
    check((protocol.channels.grid[s.id] ?? []).length > 0, {
      id: `channels:${s.id}`,
      severity: 'error',
      message: {
        nl: `Voor ‘${s.organisation}’ is geen communicatiekanaal aangevinkt.`,
        en: `No communication channel has been ticked for ‘${s.organisation}’.`,
      },
      target: { section: 'channels', itemId: s.id },
    });
  }

  for (const r of protocol.crisisOrganisation.roles) {
    pairChecks(r, 'crisisTeam', { nl: `Crisisteamrol ‘${r.name}’`, en: `Crisis team role ‘${r.name}’` });
  }

  for (const [key, id] of Object.entries(protocol.crisisOrganisation.endResponsibles)) {
    const label = END_LABELS[key as EndResponsibility];
    check(id !== null, {
      id: `endResponsibles:${key}`,
      severity: 'error',
      message: {
        nl: `Er is geen eindverantwoordelijke voor ${label.nl} aangewezen.`,
        en: `Nobody is named as ultimately responsible for ${label.en}.`,
      },
      target: { section: 'endResponsibles', field: key },
    });
  }

  for (const m of protocol.mediaMonitoring) {
    pairChecks(m, 'media', { nl: `Monitoring van ‘${m.medium}’`, en: `Monitoring of ‘${m.medium}’` });
  }

  check(protocol.escalationConditions.length > 0, {
    id: 'escalation:none',
    severity: 'error',
    message: {
      nl: 'Er zijn geen opschalingsafspraken met CIO en CISO vastgelegd.',
      en: 'No escalation conditions agreed with the CIO and CISO have been recorded.',
    },
    target: { section: 'escalation' },
  });

  const todayDate = amsterdamDate(today);
  const yearAgo = amsterdamDate(today, 1);
  const recentCheck = (field: 'lastExercise' | 'lastProtocolUpdate', what: { nl: string; en: string }) => {
    const value = protocol.exercise[field];
    check(value !== null && value >= yearAgo, {
      id: `exercise:${field}`,
      severity: 'warning',
      message:
        value === null
          ? { nl: `De datum van ${what.nl} ontbreekt.`, en: `The date of ${what.en} is missing.` }
          : {
              nl: `${capitalise(what.nl)} is meer dan twaalf maanden geleden (${value}).`,
              en: `${capitalise(what.en)} was more than twelve months ago (${value}).`,
            },
      target: { section: 'exercise', field },
    });
  };
  recentCheck('lastExercise', { nl: 'de laatste oefening', en: 'the last exercise' });
  recentCheck('lastProtocolUpdate', { nl: 'de laatste actualisering', en: 'the last protocol update' });
  const next = protocol.exercise.nextExercise;
  check(next !== null && next >= todayDate, {
    id: 'exercise:nextExercise',
    severity: 'error',
    message:
      next === null
        ? { nl: 'Er is geen volgende oefening gepland.', en: 'No next exercise has been planned.' }
        : {
            nl: `De geplande oefening (${next}) ligt in het verleden; plan een nieuwe.`,
            en: `The planned exercise (${next}) is in the past; plan a new one.`,
          },
    target: { section: 'exercise', field: 'nextExercise' },
  });

  const people = new Map(protocol.people.map((p) => [p.id, p]));
  for (const id of referencedPersonIds(protocol)) {
    const person = people.get(id);
    if (!person) continue; // a dangling id is a schema error, reported there
    check(hasAnyNumber(person), {
      id: `people:${id}:phone`,
      severity: 'error',
      message: { nl: `${person.name} heeft geen telefoonnummer.`, en: `${person.name} has no phone number.` },
      target: { section: 'people', itemId: id, field: 'mobilePhone' },
    });
    check(person.privatePhone !== '', {
      id: `people:${id}:privatePhone`,
      severity: 'warning',
      message: {
        nl: `${person.name} heeft geen privénummer (nodig buiten kantoortijd).`,
        en: `${person.name} has no private number (needed out of hours).`,
      },
      target: { section: 'people', itemId: id, field: 'privatePhone' },
    });
  }

  // An import keeps a number or address it could not read in the notes, marked; until someone
  // corrects it the person may be unreachable. Only people carrying the mark are counted, so a
  // protocol that was never imported keeps its figure.
  for (const person of protocol.people) {
    if (!(person.notes ?? '').includes(IMPORT_FLAG)) continue;
    check(false, {
      id: `people:${person.id}:importFlag`,
      severity: 'warning',
      message: {
        nl: `${person.name}: een nummer of adres uit de import is niet gelezen; verbeter het en haal de regel ‘${IMPORT_FLAG}’ uit de notities.`,
        en: `${person.name}: a number or address from the import could not be read; correct it and remove the ‘${IMPORT_FLAG}’ line from the notes.`,
      },
      target: { section: 'people', itemId: person.id, field: 'notes' },
    });
  }

  return { checks, met: checks - gaps.length, gaps };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
