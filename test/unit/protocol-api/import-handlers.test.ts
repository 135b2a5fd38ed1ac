import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let app: TestBackend;
beforeEach(async () => {
  app = await startTestBackend();
});
afterEach(async () => app.close());

const fixture = async (name: string) =>
  (await readFile(path.resolve('test/fixtures/import', name))).toString('base64');
const storedText = () => readFile(path.join(app.workspaceDir, 'protocol.json'), 'utf8');

describe('protocol.previewDocx and protocol.importDocx', () => {
  it('previews without storing, then replaces with the mapped tables', async () => {
    const base64 = await fixture('protocol-rkr.docx');
    const before = await app.call('protocol.get', {});
    const preview = await app.call('protocol.previewDocx', { fileName: 'protocol-rkr.docx', base64 });
    expect(preview.tables.find((t) => t.index === 9)?.source).toBe('none');
    expect(preview.currentHasContent).toBe(false);
    expect((await app.call('protocol.get', {})).revision).toBe(before.revision);

    const mapped = await app.call('protocol.previewDocx', {
      fileName: 'x.docx',
      base64,
      tableKinds: { '9': 'media' },
    });
    expect(mapped.tables.find((t) => t.index === 9)).toMatchObject({ kind: 'media', source: 'chosen' });
    const state = await app.call('protocol.importDocx', {
      fileName: 'x.docx',
      base64,
      tableKinds: { '9': 'media' },
      mode: 'replace',
      confirm: true,
    });
    expect(state.protocol.organisation.name).toBe('Rijksdienst voor Kavelregistratie');
    expect(state.readiness.met).toBe(mapped.readiness.replace.met);
    expect(state.readiness.gaps).toHaveLength(7);
    expect(JSON.parse(await storedText()).people).toHaveLength(19);
  });

  it('merges into the demo protocol, keeping its people and its matrix', async () => {
    const sample = await app.call('protocol.loadSample', { confirm: true });
    const base64 = await fixture('protocol-rkr.docx');
    const preview = await app.call('protocol.previewDocx', {
      fileName: 'x.docx',
      base64,
      tableKinds: { '9': 'media' },
    });
    expect(preview.currentHasContent).toBe(true);
    const state = await app.call('protocol.importDocx', {
      fileName: 'x.docx',
      base64,
      tableKinds: { '9': 'media' },
      mode: 'merge',
      confirm: true,
    });
    expect(state.readiness.checks).toBe(preview.readiness.merge.checks);
    expect(state.protocol.people.length).toBe(sample.protocol.people.length + 19);
    expect(state.protocol.operations).toEqual(sample.protocol.operations);
  });

  it('changes nothing when the file is broken', async () => {
    await app.call('protocol.loadSample', { confirm: true });
    const before = await storedText();
    const broken = (await readFile(path.resolve('test/fixtures/import/protocol-rkr.docx'))).subarray(0, 2000);
    await expect(
      app.call('protocol.importDocx', {
        fileName: 'kapot.docx',
        base64: broken.toString('base64'),
        mode: 'replace',
        confirm: true,
      }),
    ).rejects.toThrow(/protocol\.docxUnreadable: Dit bestand is niet ingelezen.*niet veranderd/);
    await expect(
      app.call('protocol.previewDocx', { fileName: 'x.docx', base64: await fixture('contacts-google.csv') }),
    ).rejects.toThrow(/geen Word-document/);
    expect(await storedText()).toBe(before);
  });
});

describe('protocol.previewContacts and protocol.importContacts from bytes', () => {
  it('offers the duplicate, merges it when ticked and adds the rest', async () => {
    const base64 = await fixture('contacts-outlook-en.csv');
    const preview = await app.call('protocol.previewContacts', { fileName: 'contacts.csv', base64 });
    expect(preview.profile).toBe('outlookEn');
    const dup = preview.people.filter((p) => p.duplicateOf !== null);
    expect(dup.map((p) => [p.index, p.duplicateOf?.name])).toEqual([[4, 'Jürgen Müller']]);
    const result = await app.call('protocol.importContacts', {
      fileName: 'contacts.csv',
      base64,
      merge: [4],
    });
    expect(result.added.map((a) => a.name)).toEqual([
      'Jürgen Müller',
      'André Lefèvre',
      'Zoë de Bruijn',
      'Ángel Núñez',
    ]);
    const jurgen = result.state.protocol.people.find((p) => p.name === 'Jürgen Müller')!;
    expect(jurgen.notes).toContain('jurgen.prive@mail.example');

    // the same file again: everybody is a duplicate of the registry now; nothing ticked, nothing changes
    const again = await app.call('protocol.previewContacts', { fileName: 'contacts.csv', base64 });
    expect(again.people.every((p) => p.duplicateOf?.where === 'registry')).toBe(true);
    const before = await storedText();
    const second = await app.call('protocol.importContacts', { fileName: 'contacts.csv', base64 });
    expect(second.added).toEqual([]);
    expect(await storedText()).toBe(before);
  });

  it('merges a ticked duplicate into the registry person', async () => {
    await app.call('protocol.importContacts', {
      fileName: 'a.vcf',
      base64: await fixture('contacts-40.vcf'),
    });
    const base64 = await fixture('contacts-outlook-nl.csv');
    const result = await app.call('protocol.importContacts', {
      fileName: 'contacts.csv',
      base64,
      merge: [0],
    });
    expect(result.merged.map((m) => m.name)).toEqual(['Jürgen Müller']);
    expect(result.skipped).toEqual(['André Lefèvre', 'Zoë de Bruijn', 'Ángel Núñez']);
  });
});

describe('a broken contacts file', () => {
  it('changes nothing', async () => {
    await app.call('protocol.loadSample', { confirm: true });
    const before = await storedText();
    const result = await app.call('protocol.importContacts', {
      fileName: 'contacten.csv',
      base64: await fixture('protocol-rkr.docx'),
    });
    expect(result.added).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/geen tekstbestand/);
    expect(await storedText()).toBe(before);
  });
});
