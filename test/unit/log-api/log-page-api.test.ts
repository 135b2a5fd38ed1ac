import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserLogBody } from '../../../shared/api/log-api';
import type { Incident } from '../../../shared/incident/schema';
import { createTestIncident, seedRealisticLog } from '../../e2e/helpers/log-fixtures';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/** What the log page needs from the API for issue 9: CSV in the reader's language, answered questions. */
let app: TestBackend;
let incident: Incident;

beforeEach(async () => {
  app = await startTestBackend();
  incident = await createTestIncident(app.ctx, { title: 'Datalek klantportaal' });
  await seedRealisticLog(app.ctx, incident.id);
});
afterEach(async () => app.close());

const question = {
  kind: 'messageReceived',
  from: 'Redactie NOS',
  channel: 'telefoon',
  summary: 'Hoeveel klanten zijn geraakt?',
  awaitsAnswer: true,
  answerBy: '2026-11-29T05:00:00.000Z',
} as const;

const reply = (inReplyTo: number): UserLogBody => ({
  kind: 'messageSent',
  audience: 'public',
  action: null,
  recipients: [{ name: 'Redactie NOS' }],
  channel: 'telefoon',
  summary: 'Teruggebeld: aantal volgt om 14:00',
  sentBy: 'Bram',
  inReplyTo,
  nextUpdateAt: '2026-11-29T13:00:00.000Z',
});

const rows = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);

describe('log.exportCsv in the reader’s language', () => {
  it('writes Dutch headers and labels by default, English when asked, and never a code', async () => {
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: {
        kind: 'regulatorNotification',
        regulator: 'supervisor',
        regulatorName: 'RDI',
        notificationType: 'supplement',
        summary: 'Aanvulling',
        followUpOf: 2,
      },
    });
    const nl = await app.call('log.exportCsv', { incidentId: incident.id });
    const en = await app.call('log.exportCsv', { incidentId: incident.id, language: 'en' });
    expect(rows(nl.csv)[0]).toContain('toezichthouder');
    expect(rows(en.csv)[0]).toContain('regulator');
    expect(rows(en.csv)[0]).not.toContain('toezichthouder');
    expect(nl.csv).toContain('aanvulling op melding');
    expect(en.csv).toContain('supplement to a notification');
    expect(en.csv).toContain('sector supervisor');
    for (const csv of [nl.csv, en.csv]) {
      expect(csv).not.toMatch(/;supervisor;|;supplement;|;problemUnclear;|;unavailability/);
    }
    expect(nl.fileName).toMatch(/^logboek_/);
    expect(en.fileName).toMatch(/^log_/);
    const filtered = await app.call('log.exportCsv', {
      incidentId: incident.id,
      language: 'en',
      filter: { kinds: ['note'] },
    });
    expect(filtered.fileName).toMatch(/_filtered\.csv$/);
  });
});

describe('log.list: a question answered by a message', () => {
  it('names the messages that answer a question, on the page and through log.get', async () => {
    const q = await app.call('log.append', { incidentId: incident.id, author: 'Anouk', body: question });
    const before = await app.call('log.get', { incidentId: incident.id, seq: q.seq });
    expect(before.answeredBy).toBeUndefined();
    const r = await app.call('log.append', { incidentId: incident.id, author: 'Bram', body: reply(q.seq) });
    const page = await app.call('log.list', { incidentId: incident.id, filter: {}, offset: 0, limit: 200 });
    expect(page.rows.find((row) => row.entry.seq === q.seq)?.answeredBy).toEqual([r.seq]);
    expect(page.rows.find((row) => row.entry.seq === r.seq)?.answeredBy).toBeUndefined();
    expect((await app.call('log.get', { incidentId: incident.id, seq: q.seq })).answeredBy).toEqual([r.seq]);
  });

  it('follows a correction that moves a reply to another question', async () => {
    const q1 = await app.call('log.append', { incidentId: incident.id, author: 'Anouk', body: question });
    const q2 = await app.call('log.append', { incidentId: incident.id, author: 'Anouk', body: question });
    const r = await app.call('log.append', { incidentId: incident.id, author: 'Bram', body: reply(q1.seq) });
    await app.call('log.get', { incidentId: incident.id, seq: q1.seq }); // the cache has seen the reply
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: { kind: 'correction', corrects: r.seq, changes: { inReplyTo: q2.seq }, reason: 'andere vraag' },
    });
    expect((await app.call('log.get', { incidentId: incident.id, seq: q1.seq })).answeredBy).toBeUndefined();
    expect((await app.call('log.get', { incidentId: incident.id, seq: q2.seq })).answeredBy).toEqual([r.seq]);
  });
});
