import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_FILE, protocolDocument } from '../../../electron/services/protocol/protocol-document';
import type { Incident } from '../../../shared/incident/schema';
import { createTestIncident, seedRealisticLog } from '../../e2e/helpers/log-fixtures';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let app: TestBackend;
let incident: Incident;

beforeEach(async () => {
  app = await startTestBackend();
  incident = await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  await seedRealisticLog(app.ctx, incident.id);
});
afterEach(async () => app.close());

const list = (filter = {}, offset = 0, limit = 200) =>
  app.call('log.list', { incidentId: incident.id, filter, offset, limit });

describe('log.append', () => {
  it('writes user kinds with author and an earlier occurredAt, and lists them in order', async () => {
    const occurredAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const entry = await app.call('log.append', {
      incidentId: incident.id,
      author: 'Dirk van Dijk',
      occurredAt,
      body: { kind: 'note', summary: 'Terugbelverzoek van de wethouder' },
    });
    expect(entry.seq).toBe(8);
    expect(entry.phase).toBe('problemUnclear');
    expect(entry.occurredAt).toBe(occurredAt);
    expect(entry.recordedAt > occurredAt).toBe(true);
    const page = await list();
    expect(page.count).toBe(8);
    expect(page.rows.map((r) => r.entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses incident changes from the outside: only the app writes those', async () => {
    const answer = await app.raw('log.append', {
      incidentId: incident.id,
      author: 'Dirk',
      body: { kind: 'incidentChange', change: { field: 'phase', from: 'problemUnclear', to: 'aftercare' } },
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('api.invalidInput');
  });

  it('refuses an empty author and an unknown incident in plain words', async () => {
    const noAuthor = await app.raw('log.append', {
      incidentId: incident.id,
      author: '  ',
      body: { kind: 'note', summary: 'x' },
    });
    expect(noAuthor.ok).toBe(false);
    const missing = await app.raw('log.append', {
      incidentId: 'bestaat-niet',
      author: 'Dirk',
      body: { kind: 'note', summary: 'x' },
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.nl).toMatch(/bestaat niet/);
  });
});

describe('log.list', () => {
  it('filters on kind, author, audience, action, channel and free text, with facets', async () => {
    expect((await list({ kinds: ['messageSent'] })).total).toBe(2);
    expect((await list({ authors: ['bram jansen'] })).total).toBe(2);
    expect((await list({ audiences: ['outsourcingPartners'] })).total).toBe(1);
    expect((await list({ actions: [1] })).total).toBe(1);
    expect((await list({ channels: ['telefoon'] })).total).toBe(2);
    const text = await list({ text: 'geinformeerd medewerkers' });
    expect(text.rows.map((r) => r.entry.seq)).toEqual([4]);
    const all = await list();
    expect(all.facets.authors).toEqual(['Anouk de Vries', 'Bram Jansen', 'Chantal Bakker', 'Ketenbord']);
    expect(all.facets.channels).toEqual(['e-mail', 'telefoon']);
    expect(all.phaseRuns).toEqual([{ phase: 'problemUnclear', start: 0, count: 7 }]);
  });

  it('pages, and sees entries appended after the index was built', async () => {
    const first = await list({}, 2, 3);
    expect(first.rows.map((r) => r.entry.seq)).toEqual([3, 4, 5]);
    for (let i = 0; i < 5; i++) {
      await app.call('log.append', {
        incidentId: incident.id,
        author: 'Anouk',
        body: { kind: 'note', summary: `Extra ${i}` },
      });
    }
    const after = await list({ text: 'extra' }, 0, 2);
    expect(after.total).toBe(5);
    expect(after.count).toBe(12);
    expect(after.rows).toHaveLength(2);
  });
});

describe('corrections', () => {
  it('shows the corrected value with the original kept, and finds it by the new words', async () => {
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Bram Jansen',
      body: {
        kind: 'correction',
        corrects: 4,
        changes: { summary: 'Medewerkers en inhuurkrachten geïnformeerd', channel: 'intranet' },
        reason: 'Ook inhuur is gemaild; bericht stond op intranet',
      },
    });
    const row = await app.call('log.get', { incidentId: incident.id, seq: 4 });
    expect(row.correctedBy).toEqual([8]);
    expect(row.changedFields.sort()).toEqual(['channel', 'summary']);
    expect(row.entry.kind === 'messageSent' && row.entry.channel).toBe('e-mail');
    expect(row.effective?.kind === 'messageSent' && row.effective.channel).toBe('intranet');
    expect((await list({ text: 'inhuurkrachten', kinds: ['messageSent'] })).total).toBe(1);
    expect((await list({ channels: ['intranet'] })).total).toBe(1);
  });

  it('refuses a correction of a correction and a correction that breaks the entry', async () => {
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: { kind: 'correction', corrects: 3, changes: { summary: 'Crisisteam om 09:30' }, reason: 'tijd' },
    });
    const again = await app.raw('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: { kind: 'correction', corrects: 8, changes: { summary: 'x' }, reason: 'y' },
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('log.badCorrection');
    const broken = await app.raw('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: { kind: 'correction', corrects: 3, changes: { summary: '' }, reason: 'leeg' },
    });
    expect(broken.ok).toBe(false);
  });
});

describe('log.exportCsv', () => {
  it('exports every entry with its corrections, and a filtered export keeps them too', async () => {
    await app.call('log.append', {
      incidentId: incident.id,
      author: 'Bram',
      body: { kind: 'correction', corrects: 4, changes: { summary: 'Anders' }, reason: 'typfout' },
    });
    const all = await app.call('log.exportCsv', { incidentId: incident.id });
    expect(all.fileName).toMatch(new RegExp(`^logboek_${incident.id}_\\d{4}-\\d{2}-\\d{2}_\\d{4}\\.csv$`));
    const parsed = Papa.parse<string[]>(all.csv.replace(/^\uFEFF/, ''), { delimiter: ';' });
    const rows = parsed.data.filter((r) => r.length > 1);
    expect(rows).toHaveLength(1 + 8);
    const filtered = await app.call('log.exportCsv', {
      incidentId: incident.id,
      filter: { kinds: ['messageSent'] },
    });
    expect(filtered.rows).toBe(3);
    expect(filtered.fileName).toMatch(/_gefilterd\.csv$/);
    expect(filtered.csv).toContain('typfout');
  });
});

describe('log.verify', () => {
  it('says OK with the head hash, and finds a byte changed behind the app’s back', async () => {
    const ok = await app.call('log.verify', { incidentId: incident.id });
    expect(ok).toMatchObject({ ok: true, count: 7, firstBreak: null });
    expect(ok.headHash).toMatch(/^[0-9a-f]{64}$/);
    const file = join(app.workspaceDir, 'incidents', `${incident.id}.log.jsonl`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('08:40', '08:41'));
    const broken = await app.call('log.verify', { incidentId: incident.id });
    expect(broken.ok).toBe(false);
    expect(broken.firstBreak?.line).toBe(2);
  });
});

describe('drafting', () => {
  it('fills the built-in template and begins with OEFENING in an exercise', async () => {
    const exercise = await createTestIncident(app.ctx, { title: 'Oefening datalek', isExercise: true });
    const draft = await app.call('log.draft', {
      incidentId: exercise.id,
      audience: 'customers',
      action: 2,
      language: 'nl',
    });
    expect(draft.subject.startsWith('OEFENING')).toBe(true);
    expect(draft.body.startsWith('OEFENING')).toBe(true);
    expect(draft.body).toContain('Oefening datalek');
    expect(draft.source).toBe('default');
  });

  it('uses the organisation’s own template from the protocol and checks it for the media', async () => {
    const store = await app.ctx.requireWorkspace().document(protocolDocument, PROTOCOL_FILE);
    await store.update((p) => {
      p.organisation.name = 'Dienst Uitvoering Regelingen';
      p.operations.messageTemplates.push({
        audience: 'public',
        action: null,
        language: 'nl',
        subject: 'Update {incident}',
        body: '{organisatie}: het valt mee, slechts 3 procent van de klanten merkt iets. Volgende update {volgende_update}.',
      });
      return p;
    });
    const draft = await app.call('log.draft', {
      incidentId: incident.id,
      audience: 'public',
      action: null,
      language: 'nl',
    });
    expect(draft.source).toBe('organisation');
    expect(draft.subject).toBe('Update Storing klantportaal');
    expect(draft.body).toContain('Dienst Uitvoering Regelingen: het valt mee');
    const kinds = draft.mediaFindings.map((f) => f.kind);
    expect(kinds).toContain('valueJudgement');
    expect(kinds).toContain('number');
  });

  it('checks any text on request', async () => {
    const { findings } = await app.call('log.mediaCheck', { text: 'Er is geen reden tot zorg.' });
    expect(findings.map((f) => f.kind)).toEqual(['valueJudgement']);
  });
});

describe('log.incidents', () => {
  it('lists incidents newest first and defaults to the most recent open one', async () => {
    const later = await createTestIncident(app.ctx, {
      title: 'Phishingcampagne',
      detectedAt: new Date(Date.now() + 1000).toISOString(),
    });
    const { incidents, defaultId } = await app.call('log.incidents', {});
    expect(incidents.map((i) => i.title)).toEqual(['Phishingcampagne', 'Storing klantportaal']);
    expect(defaultId).toBe(later.id);
  });
});
