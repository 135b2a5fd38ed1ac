import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident/schema';
import { correctableFieldsOf } from '../../../shared/log/correction-bounds';
import { effectiveEntries } from '../../../shared/log/corrections';
import { logEntryBodySchema, logEntryMetaSchema } from '../../../shared/log/entry-schema';
import { parseEntry } from '../../../shared/log/parse-entry';
import { createTestIncident } from '../../e2e/helpers/log-fixtures';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';
import { makeEntries } from './entries';

/** Issue 10, "unbounded evidence": a correction carries only what an entry has, within its limits. */
describe('the fields a correction may change', () => {
  it('follow the kinds’ own schemas: every field of the kind plus the time, author and phase', () => {
    for (const option of logEntryBodySchema.options) {
      const kind = option.shape.kind.value;
      if (kind === 'correction') {
        expect(correctableFieldsOf(kind)).toEqual([]);
        continue;
      }
      const expected = [
        'occurredAt',
        'author',
        'phase',
        ...Object.keys(option.shape).filter((f) => f !== 'kind'),
      ];
      expect(correctableFieldsOf(kind).sort()).toEqual(expected.sort());
    }
    expect(Object.keys(logEntryMetaSchema.shape)).toContain('seq');
    expect(correctableFieldsOf('note')).not.toContain('seq');
    expect(correctableFieldsOf('note').sort()).toEqual(['author', 'occurredAt', 'phase', 'summary']);
  });
});

describe('log.append refuses an unbounded correction at the API', () => {
  let app: TestBackend;
  let incident: Incident;
  beforeEach(async () => {
    app = await startTestBackend('ketenbord-corrections-');
    incident = await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: 'Servicedesk meldt storing' },
    });
  });
  afterEach(async () => app.close());

  const correct = (changes: Record<string, unknown>) =>
    app.raw('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'correction', corrects: 2, changes, reason: 'test' },
    });
  const count = async () => (await app.call('log.list', { incidentId: incident.id })).count;

  function deep(levels: number): unknown {
    let value: unknown = 'bodem';
    for (let i = 0; i < levels; i++) value = { v: value };
    return value;
  }

  it('an 8 MB field no entry has: invalid input in plain Dutch and English, nothing written', async () => {
    const before = await count();
    const answer = await correct({ bijlage: 'x'.repeat(8 * 1024 * 1024) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    if (answer.ok) return;
    expect(answer.error.nl).toBe(
      'Een correctie kan alleen velden wijzigen die een logregel heeft; "bijlage" is er geen.',
    );
    expect(answer.error.en).toBe(
      'A correction can only change fields a log entry has; "bijlage" is not one.',
    );
    expect(await count()).toBe(before);
  });

  it('an 8 MB summary: refused with the limit the entry itself has', async () => {
    const answer = await correct({ summary: 'x'.repeat(8 * 1024 * 1024) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    if (answer.ok) return;
    expect(answer.error.nl).toBe(
      'De gecorrigeerde waarde van summary past niet in een logregel: te lang, hoogstens 2000 tekens.',
    );
    expect(answer.error.en).toBe(
      'The corrected value of summary does not fit a log entry: too long, at most 2000 characters.',
    );
  });

  it('a value nested 10,000 deep: invalid input, not an internal error', async () => {
    for (const changes of [{ summary: deep(10_000) }, { diep: deep(10_000) }]) {
      const answer = await correct(changes);
      expect(answer).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    }
  });

  it('fixed fields are refused at the door too', async () => {
    const answer = await correct({ seq: 1 });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'api.invalidInput', nl: 'Het veld seq ligt vast en kan niet worden gecorrigeerd.' },
    });
  });

  it('a field another kind has but the target does not: the journal refuses it by name', async () => {
    const answer = await correct({ channel: 'telefoon' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'log.badCorrection', details: { problem: 'fieldNotInKind' } },
    });
    if (answer.ok) return;
    expect(answer.error.nl).toBe(
      'Regel 2 heeft geen veld channel. Te corrigeren zijn: occurredAt, author, phase, summary.',
    );
  });

  it('a correction within the bounds is written and applied', async () => {
    const answer = await correct({ summary: 'Servicedesk meldt storing klantportaal' });
    expect(answer.ok).toBe(true);
    const row = await app.call('log.get', { incidentId: incident.id, seq: 2 });
    expect(row.effective).toMatchObject({ summary: 'Servicedesk meldt storing klantportaal' });
  });
});

describe('a correction already in a journal', () => {
  it('still reads, however big or odd; views ignore it when it is not valid', () => {
    const [note, correction] = makeEntries([
      { kind: 'note', summary: 'Storing gemeld' },
      {
        kind: 'correction',
        corrects: 1,
        changes: { summary: 'beter', bijlage: 'x'.repeat(1024 * 1024) },
        reason: 'van vóór issue 10',
      },
    ]);
    // the journal reads each line with parseEntry: an old, unbounded correction is still a line
    expect(parseEntry(JSON.parse(JSON.stringify(correction)))).not.toBeNull();
    const [view] = effectiveEntries([note!, correction!]);
    expect(view?.correctedBy).toEqual([]);
    expect(view?.effective).toBe(note);
  });
});

describe('over HTTP, as the attack run sent it', () => {
  it('a 10,000-deep value in a correction answers 400 invalid input, not 500 or internal', async () => {
    const { startHostUnderTest, post } = await import('../web/web-host');
    const running = await startHostUnderTest();
    try {
      const incident = await createTestIncident(running.ctx, { title: 'Storing' });
      // written by hand: JSON.stringify itself overflows the stack at this depth
      const deepJson = `${'['.repeat(10_000)}"bodem"${']'.repeat(10_000)}`;
      const body = `{"incidentId":"${incident.id}","author":"Anouk","body":{"kind":"correction","corrects":1,"changes":{"summary":${deepJson}},"reason":"diep"}}`;
      const answer = await post(running.host.port, 'log.append', running.host.token, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe('api.invalidInput');
    } finally {
      await running.close();
    }
  });
});
