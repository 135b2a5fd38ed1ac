import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Protocol } from '../../../shared/protocol/schema';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';
import { readZipEntry } from '../protocol/read-zip';

let app: TestBackend;
let events: string[];

beforeEach(async () => {
  app = await startTestBackend();
  events = [];
  app.ctx.events.subscribe((name) => {
    if (name === 'protocol.changed') events.push(name);
  });
});
afterEach(async () => app.close());

const stored = async (): Promise<Protocol> =>
  JSON.parse(await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8')) as Protocol;

describe('protocol.get and protocol.save', () => {
  it('starts from the default protocol with its readiness and a revision', async () => {
    const state = await app.call('protocol.get', {});
    expect(state.protocol.stakeholders.map((s) => s.organisation)).toContain('Autoriteit Persoonsgegevens');
    expect(state.readiness.checks).toBeGreaterThan(state.readiness.met);
    expect(state.revision).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses an invalid phone number with the issue at the field and writes nothing', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    protocol.people.push({
      id: 'person-anna',
      name: 'Anna',
      role: '',
      department: '',
      organisation: '',
      workPhone: '',
      privatePhone: '06 1234',
      email: 'geen-adres',
    });
    const result = await app.call('protocol.save', { protocol, baseRevision: revision });
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.reason).toBe('invalid');
    expect(result.message.nl).toContain('Niet opgeslagen');
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('people.0.privatePhone');
    expect(paths).toContain('people.0.email');
    expect(result.issues.find((i) => i.path.at(-1) === 'privatePhone')?.message).toContain(
      'Dit telefoonnummer klopt niet',
    );
    expect((await app.call('protocol.get', {})).protocol.people).toEqual([]);
    expect(events).toEqual([]);
  });

  it('saves a valid draft with numbers in E.164, keeps the matrix and templates, and tells every window', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    // the matrix/template editor's part, written behind the protocol editor's back:
    const { protocolStore } = await import('../../../electron/services/protocol/protocol-document');
    const store = await protocolStore(app.ctx.requireWorkspace());
    await store.update((p) => {
      p.operations.messageTemplates.push({
        audience: 'public',
        action: null,
        language: 'nl',
        subject: 'Storing',
        body: 'Tekst',
      });
      return p;
    });
    protocol.organisation.name = 'Waterschap Testland';
    protocol.operations.nis2Applies = true;
    protocol.operations.messageTemplates = [];
    protocol.people.push({
      id: 'person-anna',
      name: 'Anna',
      role: '',
      department: '',
      organisation: '',
      workPhone: '',
      privatePhone: '06-12345678',
      email: 'anna@Testland.NL',
    });
    // a change to the templates is not the editor's business, so the revision still matches
    const result = await app.call('protocol.save', { protocol, baseRevision: revision });
    expect(result.saved).toBe(true);
    const file = await stored();
    expect(file.people[0]?.privatePhone).toBe('+31612345678');
    expect(file.people[0]?.email).toBe('anna@testland.nl');
    expect(file.operations.nis2Applies).toBe(true);
    expect(file.operations.messageTemplates).toHaveLength(1);
    expect(events).toEqual(['protocol.changed']);
  });

  it('refuses a draft made from a stale revision unless told to overwrite', async () => {
    const first = await app.call('protocol.get', {});
    const other = structuredClone(first.protocol);
    other.organisation.name = 'Ander venster';
    expect((await app.call('protocol.save', { protocol: other, baseRevision: first.revision })).saved).toBe(
      true,
    );
    const mine = structuredClone(first.protocol);
    mine.organisation.name = 'Mijn versie';
    const stale = await app.call('protocol.save', { protocol: mine, baseRevision: first.revision });
    expect(stale.saved).toBe(false);
    if (!stale.saved) expect(stale.reason).toBe('conflict');
    expect((await stored()).organisation.name).toBe('Ander venster');
    expect((await app.call('protocol.save', { protocol: mine, baseRevision: null })).saved).toBe(true);
    expect((await stored()).organisation.name).toBe('Mijn versie');
  });
});

describe('protocol.importJson', () => {
  it('refuses a bad file with the reason and leaves the stored protocol exactly as it was', async () => {
    await app.call('protocol.loadSample', { confirm: true });
    const before = await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8');
    events = [];

    const notJson = await app.raw('protocol.importJson', { text: '{"schemaVersion": 2, "people": [' });
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) {
      expect(notJson.error.code).toBe('protocol.importInvalid');
      expect(notJson.error.nl).toContain('geen geldig JSON-bestand');
    }

    // A whole, well-formed protocol with one dangling reference deep inside: refused whole.
    const broken = structuredClone((await app.call('protocol.get', {})).protocol);
    broken.organisation.name = 'Half geïmporteerd?';
    broken.people = broken.people.slice(1);
    const dangling = await app.raw('protocol.importJson', { text: JSON.stringify(broken) });
    expect(dangling.ok).toBe(false);
    if (!dangling.ok) {
      expect(dangling.error.nl).toContain('Verwijst naar een persoon die niet bestaat');
      expect(dangling.error.nl).toContain('Het opgeslagen protocol is niet veranderd');
      expect(Array.isArray(dangling.error.details?.issues)).toBe(true);
    }

    const newer = await app.raw('protocol.importJson', { text: JSON.stringify({ schemaVersion: 99 }) });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error.nl).toContain('nieuwere versie van Ketenbord');

    expect(await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8')).toBe(before);
    expect(events).toEqual([]);
  });

  it('round-trips an export, and migrates an old version-1 file', async () => {
    await app.call('protocol.loadSample', { confirm: true });
    const exported = await app.call('protocol.exportJson', {});
    expect(exported.fileName).toMatch(/^protocol-DUR-\d{4}-\d{2}-\d{2}\.json$/);
    await app.call('protocol.importJson', {
      text: JSON.stringify({
        schemaVersion: 1,
        organisationName: 'Oud formaat',
        contacts: [{ name: 'Piet', phone: '0612345678' }],
      }),
    });
    expect((await stored()).people[0]?.mobilePhone).toBe('+31612345678');
    const back = await app.call('protocol.importJson', { text: exported.json });
    expect(back.protocol.organisation.shortName).toBe('DUR');
    expect(JSON.parse(exported.json)).toEqual(await stored());
  });

  it('refuses the demo without confirmation', async () => {
    const answer = await app.raw('protocol.loadSample', {});
    expect(answer.ok).toBe(false);
    expect((await app.call('protocol.get', {})).protocol.people).toEqual([]);
  });
});

describe('protocol.importContacts', () => {
  it('adds readable rows, lists the problems, and skips names already present', async () => {
    const csv = [
      'Naam;Functie;Organisatie;Mobiel;Privé;E-mail',
      'Anna de Vries;Teamleider;Waterschap;06 12345678;;anna@waterschap.nl',
      'Bram Jansen;CISO;Waterschap;0612;0201234567;bram@',
      ';zonder naam;;;;',
    ].join('\n');
    const first = await app.call('protocol.importContacts', { format: 'csv', text: csv });
    expect(first.added.map((a) => a.name)).toEqual(['Anna de Vries', 'Bram Jansen']);
    expect(first.problems.map((p) => p.line)).toEqual(expect.arrayContaining([3, 4]));
    expect(first.problems.some((p) => p.message.includes('Dit telefoonnummer klopt niet'))).toBe(true);
    const people = (await stored()).people;
    expect(people.find((p) => p.name === 'Anna de Vries')?.mobilePhone).toBe('+31612345678');
    expect(first.state.protocol.people).toHaveLength(2);

    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:anna de vries',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Carla Ketel',
      'ORG:Gemeente Testdorp',
      'TEL;TYPE=CELL:+31 6 55544433',
      'END:VCARD',
    ].join('\r\n');
    const second = await app.call('protocol.importContacts', { format: 'vcard', text: vcard });
    expect(second.added.map((a) => a.name)).toEqual(['Carla Ketel']);
    expect(second.skipped).toEqual(['anna de vries']);
    expect((await stored()).people).toHaveLength(3);
  });
});

describe('exports', () => {
  beforeEach(async () => {
    await app.call('protocol.loadSample', { confirm: true });
  });

  it('prints a DOCX and a PDF', async () => {
    const docx = await app.call('protocol.print', { format: 'docx', language: 'nl' });
    expect(docx.fileName).toMatch(/^crisiscommunicatieprotocol-DUR-.*\.docx$/);
    const bytes = Buffer.from(docx.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readZipEntry(bytes, 'word/document.xml')).toContain('Crisiscommunicatieprotocol');

    const pdf = await app.call('protocol.print', { format: 'pdf', language: 'en' });
    expect(pdf.mime).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the call list and the next exercise as files', async () => {
    const list = await app.call('protocol.callListCsv', { language: 'nl' });
    expect(list.csv.split('\r\n')[0]).toContain('Naam;Taken in dit protocol');
    // a CSV has no pages to mark: its name carries the classification, VERTROUWELIJK by default
    expect(list.fileName).toMatch(/^bellijst-vertrouwelijk-.+\.csv$/);
    const open = await app.call('protocol.callListCsv', { language: 'en', classification: 'none' });
    expect(open.fileName).toMatch(/^call-list-[^-]/);
    const ics = await app.call('protocol.ics', {});
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(Buffer.from(ics.base64, 'base64').toString('utf8')).toBe(ics.text);
  });

  it('says in words when there is no next exercise for the calendar', async () => {
    const { protocol, revision } = await app.call('protocol.get', {});
    protocol.exercise.nextExercise = null;
    await app.call('protocol.save', { protocol, baseRevision: revision });
    const answer = await app.raw('protocol.ics', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.nl).toContain('volgende oefening');
  });
});
