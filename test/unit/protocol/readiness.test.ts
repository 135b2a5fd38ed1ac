import { describe, expect, it } from 'vitest';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { checkReadiness } from '../../../shared/protocol/readiness';
import type { Person, Protocol } from '../../../shared/protocol/schema';
import { loadSample, SAMPLE_TODAY } from './load-sample';

const TODAY = new Date('2026-11-28T12:00:00Z');

const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id,
  role: '',
  department: '',
  organisation: '',
  workPhone: '',
  privatePhone: '',
  email: '',
  ...extra,
});

const gapIds = (p: Protocol, today = TODAY) => checkReadiness(p, today).gaps.map((g) => g.id);

describe('checkReadiness', () => {
  it('on an empty protocol names every missing part and counts its checks', () => {
    const result = checkReadiness(createDefaultProtocol(), TODAY);
    // org name, systems, bcp ×2, chain partner, 4 stakeholders × 3, 6 roles × 2, 6 end-responsibles,
    // 5 media × 2, escalation, 3 exercise dates.
    expect(result.checks).toBe(1 + 1 + 2 + 1 + 12 + 12 + 6 + 10 + 1 + 3);
    expect(result.met).toBe(4); // the four default stakeholders have their default channels
    expect(result.gaps).toHaveLength(result.checks - result.met);
    expect(result.gaps.map((g) => g.id)).toEqual(
      expect.arrayContaining([
        'organisation:name',
        'systems:none',
        'stakeholders:no-chain-partner',
        'stakeholders:stakeholder-ap:responsible',
        'crisisTeam:role-ict:deputy',
        'endResponsibles:soc',
        'media:media-press:responsible',
        'escalation:none',
        'exercise:lastExercise',
        'exercise:nextExercise',
      ]),
    );
  });

  it('says where each gap is fixed, in Dutch and English', () => {
    const gap = checkReadiness(createDefaultProtocol(), TODAY).gaps.find(
      (g) => g.id === 'crisisTeam:role-ict:deputy',
    );
    expect(gap).toEqual({
      id: 'crisisTeam:role-ict:deputy',
      severity: 'warning',
      message: {
        nl: 'Crisisteamrol ‘ICT’ heeft geen vervanger.',
        en: 'Crisis team role ‘ICT’ has no deputy.',
      },
      target: { section: 'crisisTeam', itemId: 'role-ict', field: 'deputyId' },
    });
  });

  it('shrinks as the protocol is filled in', () => {
    const p = createDefaultProtocol('Dienst Test');
    const counts: number[] = [checkReadiness(p, TODAY).gaps.length];

    p.people.push(
      person('person-a', { mobilePhone: '+31612345678', privatePhone: '+31612345679' }),
      person('person-b'),
    );
    p.crisisOrganisation.roles[4]!.responsibleId = 'person-a';
    counts.push(checkReadiness(p, TODAY).gaps.length);
    // Only people who are named somewhere are checked: person-b is not, yet.
    expect(gapIds(p)).not.toContain('people:person-b:phone');

    p.crisisOrganisation.roles[4]!.deputyId = 'person-b';
    expect(gapIds(p)).toContain('people:person-b:phone');
    expect(gapIds(p)).toContain('people:person-b:privatePhone');
    p.people[1]!.workPhone = '+31201234567';
    p.people[1]!.privatePhone = '+31612345680';
    counts.push(checkReadiness(p, TODAY).gaps.length);

    p.escalationConditions.push({
      id: 'esc-1',
      text: 'Uitval > 2 uur',
      ownerId: 'person-a',
      agreedOn: '2026-10-01',
    });
    p.exercise = {
      lastExercise: '2026-03-01',
      lastProtocolUpdate: '2026-03-02',
      nextExercise: '2027-03-01',
      nextExerciseTime: null,
      nextExerciseLocation: '',
    };
    counts.push(checkReadiness(p, TODAY).gaps.length);

    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThan(counts[i - 1]!);
  });

  it('flags a deputy who is the responsible person too', () => {
    const p = createDefaultProtocol();
    p.people.push(person('person-a', { mobilePhone: '+31612345678' }));
    p.crisisOrganisation.roles[0]!.responsibleId = 'person-a';
    p.crisisOrganisation.roles[0]!.deputyId = 'person-a';
    const gap = checkReadiness(p, TODAY).gaps.find((g) => g.id === 'crisisTeam:role-team-lead:deputy');
    expect(gap?.message.nl).toMatch(/dezelfde persoon/);
  });

  it('treats dates more than twelve months old, and a next exercise in the past, as gaps', () => {
    const p = createDefaultProtocol();
    p.exercise.lastExercise = '2025-11-28'; // exactly twelve months: still fine
    p.exercise.lastProtocolUpdate = '2025-11-27'; // one day more: stale
    p.exercise.nextExercise = '2026-11-28'; // today: still fine
    expect(gapIds(p).filter((id) => id.startsWith('exercise:'))).toEqual(['exercise:lastProtocolUpdate']);
    p.exercise.nextExercise = '2026-11-27';
    expect(gapIds(p)).toContain('exercise:nextExercise');
  });

  it('uses the calendar date in Amsterdam', () => {
    const p = createDefaultProtocol();
    p.exercise.nextExercise = '2026-11-28';
    // 23:30 UTC on the 28th is already the 29th in Amsterdam.
    expect(gapIds(p, new Date('2026-11-28T23:30:00Z'))).toContain('exercise:nextExercise');
    expect(gapIds(p, new Date('2026-11-28T22:30:00Z'))).not.toContain('exercise:nextExercise');
  });

  it('finds the three deliberate gaps in the sample', () => {
    const result = checkReadiness(loadSample(), SAMPLE_TODAY);
    expect(result.gaps.map((g) => g.id).sort()).toEqual([
      'media:media-internal-websites:deputy',
      'people:person-mila-jacobs:privatePhone',
      'stakeholders:stakeholder-telecom:deputy',
    ]);
    expect(result.met).toBe(result.checks - 3);
  });
});
