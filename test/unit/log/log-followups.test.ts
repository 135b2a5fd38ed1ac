import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/client';
import { problemText } from '../../../renderer/src/features/log/api-problem';
import { buildChanges, rowFor } from '../../../renderer/src/features/log/correction-changes';
import { correctableFieldsOf } from '../../../renderer/src/features/log/correction-fields';
import {
  type Notification,
  nextNotificationType,
  notificationsOf,
} from '../../../renderer/src/features/log/earlier-notifications';
import { replyPrefill } from '../../../renderer/src/features/log/reply-prefill';
import { awaitsAnswer, rowDetails } from '../../../renderer/src/features/log/row-details';
import { valueText } from '../../../renderer/src/features/log/value-text';
import type { LogRow } from '../../../shared/api/log-api';
import { i18nResources } from '../../../shared/i18n/resources';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { dueFromInputs } from '../../../shared/log/wall-clock';

type T = TFunction<'log'>;
const t = {} as Record<'nl' | 'en', T>;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: i18nResources, lng: 'nl', fallbackLng: 'nl', ns: ['log'], defaultNS: 'log' });
  t.nl = i18n.getFixedT('nl', 'log');
  t.en = i18n.getFixedT('en', 'log');
});

const meta = {
  incidentId: 'inc-1',
  recordedAt: '2026-11-28T21:00:00.000Z',
  occurredAt: '2026-11-28T21:00:00.000Z',
  author: 'Anouk',
  phase: 'problemClear',
  prevHash: '0'.repeat(64),
} as const;
const TODAY = '28-11-2026';
const rowOf = (entry: LogEntry, extra: Partial<LogRow> = {}): LogRow => ({
  entry,
  effective: null,
  correctedBy: [],
  changedFields: [],
  ...extra,
});

const question: LogEntry = {
  ...meta,
  seq: 12,
  kind: 'messageReceived',
  from: 'Redactie NOS',
  channel: 'telefoon',
  summary: 'Hoeveel klanten?',
  awaitsAnswer: true,
  answerBy: '2026-11-29T05:00:00.000Z',
};
const sent: LogEntry = {
  ...meta,
  seq: 14,
  kind: 'messageSent',
  audience: 'public',
  action: 3,
  recipients: [{ name: 'Redactie NOS' }],
  channel: 'telefoon',
  summary: 'Teruggebeld',
  sentBy: 'Bram',
  forPhase: 'problemUnclear',
  inReplyTo: 12,
  nextUpdateAt: '2026-11-28T22:00:00.000Z',
};
const regulator = (over: Partial<Notification> = {}): Notification => ({
  ...meta,
  seq: 20,
  kind: 'regulatorNotification',
  regulator: 'supervisor',
  notificationType: 'supplement',
  summary: 'Aanvulling',
  followUpOf: 8,
  ...over,
});

describe('row details: words and labels, never codes', () => {
  it('says what a sent message promises, answers and which phase it counts for', () => {
    expect(rowDetails(rowOf(sent), t.nl, 'nl', TODAY)).toEqual([
      'Publiek',
      'actie 3',
      'voor fase Probleem onduidelijk',
      'aan Redactie NOS',
      'via telefoon',
      'verstuurd door Bram',
      'antwoord op regel 12',
      'volgende update om 23:00',
    ]);
    expect(rowDetails(rowOf(sent), t.en, 'en', TODAY)).toContain('for phase Problem unclear');
    expect(rowDetails(rowOf(sent), t.en, 'en', '27-11-2026')).toContain('next update on 28-11 at 23:00');
  });

  it('shows a question as waiting with its deadline, and as answered once a reply names it', () => {
    expect(rowDetails(rowOf(question), t.nl, 'nl', TODAY)).toEqual([
      'van Redactie NOS',
      'via telefoon',
      'wacht op antwoord',
      'antwoord gevraagd vóór 29-11 06:00',
    ]);
    expect(awaitsAnswer(rowOf(question))).toBe(true);
    const answered = rowOf(question, { answeredBy: [14] });
    expect(rowDetails(answered, t.nl, 'nl', TODAY)).toContain('beantwoord in regel 14');
    expect(rowDetails(answered, t.nl, 'nl', TODAY)).not.toContain('wacht op antwoord');
    expect(awaitsAnswer(answered)).toBe(false);
  });

  it('names a regulator and a notification type by their labels, and the notification it follows up', () => {
    expect(rowDetails(rowOf(regulator()), t.nl, 'nl', TODAY)).toEqual([
      'Aanvulling op melding',
      'Sectortoezichthouder',
      'vervolg op regel 8',
    ]);
    expect(rowDetails(rowOf(regulator({ regulatorName: 'RDI' })), t.en, 'en', TODAY)).toEqual([
      'Supplement to a notification',
      'RDI',
      'follows up entry 8',
    ]);
  });

  it('does not repeat the reason of a decision the app wrote from its subject', () => {
    const decision: LogEntry = {
      ...meta,
      seq: 3,
      kind: 'decision',
      summary: '',
      subject: { type: 'actionNotApplicable', audience: 'public', action: 3, phase: 'problemClear' },
      reason: 'geen publiek',
    };
    expect(rowDetails(rowOf(decision), t.nl, 'nl', TODAY)).toEqual([]);
    expect(rowDetails(rowOf({ ...decision, subject: undefined, summary: 'x' }), t.nl, 'nl', TODAY)).toEqual([
      'reden: geen publiek',
    ]);
  });

  it('gives coded values of a corrected field their labels', () => {
    expect(valueText(regulator(), 'regulator', t.nl, 'nl')).toBe('Sectortoezichthouder');
    expect(valueText(regulator(), 'notificationType', t.en, 'en')).toBe('Supplement to a notification');
    expect(valueText(sent, 'forPhase', t.nl, 'nl')).toBe('Probleem onduidelijk');
    expect(valueText(sent, 'nextUpdateAt', t.nl, 'nl')).toBe('28-11-2026 23:00:00');
    expect(valueText(regulator(), 'reference', t.nl, 'nl')).toBe('–');
    const decision: LogEntry = {
      ...meta,
      seq: 3,
      kind: 'decision',
      summary: '',
      subject: { type: 'actionNotNeeded', audience: 'chainPartners', action: 9, phase: 'solutionClear' },
    };
    expect(valueText(decision, 'subject', t.nl, 'nl')).toMatch(
      /^Actie 9 \(.+\) niet nodig voor Ketenpartners in fase Oplossing duidelijk$/,
    );
  });
});

describe('a moment that is due, typed in 24 hours', () => {
  const evening = new Date('2026-11-28T22:00:00.000Z'); // 23:00 in Amsterdam
  it('takes a time alone as the next time the clock shows it', () => {
    expect(dueFromInputs('', '06:00', evening)).toEqual({ iso: '2026-11-29T05:00:00.000Z', day: 'tomorrow' });
    expect(dueFromInputs('', '23:30', evening)).toEqual({ iso: '2026-11-28T22:30:00.000Z', day: 'today' });
  });
  it('takes a date as given, also in the past, and nothing when both are empty', () => {
    expect(dueFromInputs('28-11-2026', '06:00', evening)).toEqual({
      iso: '2026-11-28T05:00:00.000Z',
      day: 'today',
    });
    expect(dueFromInputs('01-12-2026', '9:30', evening)?.day).toBe('other');
    expect(dueFromInputs(' ', '', evening)).toBeNull();
  });
  it('refuses what is not a moment', () => {
    expect(() => dueFromInputs('', '24:00', evening)).toThrow();
    expect(() => dueFromInputs('31-02-2026', '10:00', evening)).toThrow();
    expect(() => dueFromInputs('29-11-2026', '', evening)).toThrow();
  });
  it('keeps summer time apart from winter time', () => {
    expect(dueFromInputs('01-07-2026', '06:00', evening)?.iso).toBe('2026-07-01T04:00:00.000Z');
  });
});

describe('corrections of what waits and what counts where', () => {
  it('corrects an answer-by moment, which may lie in the future, and only when it changed', () => {
    const specs = correctableFieldsOf(question);
    const spec = specs.find((s) => s.name === 'answerBy')!;
    const row = rowFor(question, spec, 0);
    expect(row).toMatchObject({ date: '29-11-2026', time: '06:00' });
    expect(buildChanges(question, [row], specs)).toEqual({ ok: false, problem: 'nothing' });
    expect(buildChanges(question, [{ ...row, date: '01-01-2999' }], specs)).toEqual({
      ok: true,
      changes: { answerBy: '2999-01-01T05:00:00.000Z' },
    });
    expect(buildChanges(question, [{ ...row, time: '6:75' }], specs)).toEqual({
      ok: false,
      problem: 'badTime',
    });
  });

  it('starts an unset phase empty and logs the one picked', () => {
    const plain: LogEntry = { ...sent, forPhase: undefined };
    const specs = correctableFieldsOf(plain);
    const row = rowFor(plain, specs.find((s) => s.name === 'forPhase')!, 0);
    expect(row.text).toBe('');
    expect(buildChanges(plain, [row], specs)).toEqual({ ok: false, problem: 'nothing' });
    expect(buildChanges(plain, [{ ...row, text: 'negativePublicityOnly' }], specs)).toEqual({
      ok: true,
      changes: { forPhase: 'negativePublicityOnly' },
    });
  });

  it('offers no summary for a decision the app wrote from its subject', () => {
    const decision: LogEntry = {
      ...meta,
      seq: 3,
      kind: 'decision',
      summary: '',
      subject: { type: 'notNotifiable', clock: 'apDataBreach72h' },
    };
    expect(correctableFieldsOf(decision).map((f) => f.name)).toEqual(['reason', 'occurredAt']);
    expect(correctableFieldsOf({ ...decision, subject: undefined }).map((f) => f.name)).toContain('summary');
  });
});

describe('follow-ups and replies', () => {
  it('proposes the step that usually follows a notification', () => {
    expect(nextNotificationType(regulator({ regulator: 'AP', notificationType: 'notification' }))).toBe(
      'supplement',
    );
    expect(nextNotificationType(regulator({ regulator: 'CSIRT', notificationType: 'earlyWarning' }))).toBe(
      'notification',
    );
    expect(nextNotificationType(regulator({ regulator: 'CSIRT', notificationType: 'notification' }))).toBe(
      'intermediateReport',
    );
    expect(
      nextNotificationType(regulator({ regulator: 'NCSC', notificationType: 'intermediateReport' })),
    ).toBe('finalReport');
  });

  it('lists earlier notifications newest first, as corrected', () => {
    const first = regulator({ seq: 4, reference: 'A' });
    const second = regulator({ seq: 9 });
    const list = notificationsOf([rowOf(first, { effective: { ...first, reference: 'B' } }), rowOf(second)]);
    expect(list.map((n) => [n.seq, n.reference])).toEqual([
      [9, undefined],
      [4, 'B'],
    ]);
  });

  it('prefills the answer to a question: who asked, how, and which line it answers', () => {
    expect(replyPrefill(rowOf(question))).toEqual({
      replyTo: { seq: 12, from: 'Redactie NOS', summary: 'Hoeveel klanten?' },
      recipients: 'Redactie NOS',
      channel: 'telefoon',
    });
  });
});

describe('an API refusal in the reader’s words', () => {
  it('names the field and says "Vul dit in." for a missing summary, never the code path', () => {
    const refusal = new ApiError(
      'api.invalidInput',
      'Ongeldige invoer bij body.summary: verplicht',
      'Invalid input at body.summary: verplicht',
      { issues: [{ path: ['body', 'summary'], message: 'verplicht' }] },
    );
    expect(problemText(refusal, 'nl', t.nl)).toBe('Samenvatting: Vul dit in.');
    expect(problemText(refusal, 'en', t.en)).toBe('Summary: Please fill this in.');
  });
  it('keeps the back end’s own text for everything else', () => {
    const closed = new ApiError('incident.closed', 'Het incident is gesloten.', 'The incident is closed.');
    expect(problemText(closed, 'en', t.en)).toBe('The incident is closed.');
  });
});
