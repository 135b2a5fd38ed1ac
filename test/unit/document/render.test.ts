import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocumentDocx } from '../../../electron/services/document/render-docx';
import { renderDocumentPdf } from '../../../electron/services/document/render-pdf';
import { type Block, cell } from '../../../shared/document/blocks';
import type { DocumentModel } from '../../../shared/document/model';
import { readZipEntry } from '../protocol/read-zip';

/**
 * The one document renderer pair on a document made by hand: a landscape part between portrait
 * ones, a table long enough to run over three pages under two headings, and the log appendix.
 * Read back the way a reader meets it: page sizes and text per page (pdfinfo, pdftotext), the
 * bookmarks in the PDF's objects, and word/document.xml.
 */
const dir = mkdtempSync(join(tmpdir(), 'ketenbord-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const longTable: Block = {
  kind: 'table',
  columns: [
    { header: 'Name', weight: 2 },
    { header: 'Tick', weight: 1, align: 'center' },
  ],
  rows: Array.from({ length: 150 }, (_, i) => [
    { text: `Person ${i + 1}\nline two`, strongFirst: true },
    cell('x', 'good'),
  ]),
};

const doc: DocumentModel = {
  metadata: { title: 'Test document', author: 'Tester', subject: 'S', keywords: ['k'], language: 'en-GB' },
  appVersion: 't',
  marks: 'TESTMARK',
  footer: 'footer text',
  pageLabel: 'Page',
  ofLabel: 'of',
  cover: {
    organisation: 'Org',
    title: 'Cover Title',
    subtitle: 'Sub',
    band: 'BAND LINE',
    facts: [['Fact', 'Value']],
    notice: 'Notice',
    colophon: ['Colophon line'],
  },
  parts: [
    {
      orientation: 'landscape',
      blocks: [
        { kind: 'heading', level: 1, text: 'Wide Part' },
        { kind: 'paragraph', text: 'On its side.', italic: true, tone: 'muted' },
        { kind: 'heading', level: 2, text: 'Wide Table' },
        { kind: 'table', columns: [{ header: 'A', weight: 1 }], rows: [[cell('a')]] },
      ],
    },
    {
      orientation: 'portrait',
      blocks: [
        { kind: 'heading', level: 1, text: 'Part One' },
        { kind: 'paragraph', text: 'Intro to the long table.', italic: true },
        { kind: 'heading', level: 2, text: 'Section B' },
        longTable,
        { kind: 'heading', level: 1, text: 'Appendix' },
        {
          kind: 'log',
          lines: [
            {
              seq: 1,
              time: '19-11-2026 09:00:00',
              kind: 'note',
              author: 'A',
              meta: '',
              summary: 'First log line',
              details: [],
              corrections: [],
              isCorrection: false,
            },
          ],
        },
      ],
    },
  ],
};

function pdfPages(file: string): { size: [number, number]; text: string }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    size: [Number(m[2]), Number(m[3])],
    text: execFileSync('pdftotext', ['-f', m[1]!, '-l', m[1]!, file, '-'], { encoding: 'utf8' }),
  }));
}

/** The PDF's bookmarks as a reader's sidebar shows them: the tree from /Outlines, in order. */
function bookmarks(pdf: Buffer): { title: string; parent: string }[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) objects.set(m[1]!, m[2]!);
  const ref = (body: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1];
  const out: { title: string; parent: string }[] = [];
  const walk = (first: string | undefined, parent: string) => {
    for (let id = first; id; id = ref(objects.get(id) ?? '', 'Next')) {
      const body = objects.get(id) ?? '';
      const title = /\/Title \(([^)]*)\)/.exec(body)?.[1] ?? '?';
      out.push({ title, parent });
      walk(ref(body, 'First'), title);
    }
  };
  const root = /\/Outlines (\d+) 0 R/.exec(raw)?.[1];
  walk(ref(objects.get(root ?? '') ?? '', 'First'), '');
  return out;
}

describe('the one document renderer', () => {
  it('PDF: marks on every page, a landscape part, table titles repeated but bookmarked once, the log last', async () => {
    const bytes = await renderDocumentPdf(doc);
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const pages = pdfPages(file);
    const count = pages.length;
    expect(count).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => {
      expect(p.text, `page ${i + 1}`).toContain('TESTMARK');
      expect(p.text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${count}`);
    });
    const landscape = pages.flatMap((p, i) => (p.size[0] > p.size[1] ? [i + 1] : []));
    expect(landscape).toEqual([2]);
    expect(pages[0]!.text).toContain('BAND LINE');
    expect(pages[1]!.text).toContain('Wide Part');
    // the long table runs over several pages, each starting with its headings and header row
    const tablePages = pages.filter((p) => p.text.includes('Person '));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const p of tablePages) expect(p.text).toMatch(/Part One[\s\S]*Section B[\s\S]*Name/);
    expect(pages.at(-1)!.text).toContain('First log line');
    // every heading once in the sidebar, each level 2 under its level 1
    expect(bookmarks(bytes)).toEqual([
      { title: 'Cover Title', parent: '' },
      { title: 'Wide Part', parent: '' },
      { title: 'Wide Table', parent: 'Wide Part' },
      { title: 'Part One', parent: '' },
      { title: 'Section B', parent: 'Part One' },
      { title: 'Appendix', parent: '' },
    ]);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/PageMode /UseOutlines');
  });

  it('Word: a landscape section, repeated header rows, the log as text, marks and page numbers in every section', async () => {
    const bytes = await renderDocumentDocx(doc);
    const xml = readZipEntry(bytes, 'word/document.xml') ?? '';
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([false, true, false]);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('First log line');
    expect(xml).not.toContain('KETENBORD-LOG-APPENDIX-PLACEHOLDER');
    for (const n of [1, 2, 3]) {
      expect(readZipEntry(bytes, `word/header${n}.xml`)).toContain('TESTMARK');
      expect(readZipEntry(bytes, `word/footer${n}.xml`)).toContain('NUMPAGES');
    }
    const styles = readZipEntry(bytes, 'word/styles.xml') ?? '';
    expect(styles).toContain('w:lang w:val="en-GB"');
  });
});
