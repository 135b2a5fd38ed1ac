import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildProtocolDocument,
  renderProtocolDocx,
  renderProtocolPdf,
} from '../../../electron/services/protocol/print/index';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { convertDocxToPdf, hasSoffice } from '../../fixtures/libreoffice';
import { loadSample } from './load-sample';

/**
 * The binder's work card: the organisation's matrix on A4 landscape, the ten actions and the
 * media tips, read back from the printed files.
 */
const OPTS = { language: 'nl' as const, generatedAt: new Date('2026-11-28T10:49:51Z'), appVersion: 't' };
const dir = mkdtempSync(join(tmpdir(), 'ketenbord-workcard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [width, height] of every page, in points */
function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

const pageText = (pdf: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });

describe('the work card of the printed protocol', () => {
  it('holds one matrix per nature, the ten actions and the media tips, from the organisation’s own matrix', () => {
    const protocol = loadSample();
    const own = structuredClone(CIP_2020_MATRIX.cells);
    own.customers.problemUnclear.dataBreach = [3, 6];
    const doc = buildProtocolDocument(
      { ...protocol, operations: { ...protocol.operations, matrix: own } },
      OPTS,
    );
    const headings = doc.parts[0]!.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual([
      'Werkkaart',
      'Matrix: Negatieve publiciteit',
      'Matrix: Algemene dreiging',
      'Matrix: Gerichte aanval',
      'Matrix: Onbeschikbaar',
      'Matrix: Datalek',
      'Matrix: Manipulatie',
      'De tien acties',
      'Tips voor contact met de media',
    ]);
    const dataBreach = doc.parts[0]!.blocks.filter((b) => b.kind === 'table')[4];
    if (dataBreach?.kind !== 'table') throw new Error('no data-breach table');
    // row "Probleem onduidelijk", column "Klanten": the organisation's own cell, not CIP's
    expect(dataBreach.rows[1]![4]!.text.split('\n')).toEqual([
      '3. Publiceren: alleen aanpak',
      '6. Datalekprocedure starten',
    ]);
    const intro = doc.parts[0]!.blocks[1];
    expect(intro?.kind === 'paragraph' && intro.text).toContain('eigen matrix');
  });

  it('is printed on landscape pages between the portrait cover and the call list, in PDF and Word', async () => {
    const pdf = join(dir, 'protocol.pdf');
    writeFileSync(pdf, await renderProtocolPdf(loadSample(), OPTS));
    const sizes = pageSizes(pdf);
    expect(sizes[0]![0]).toBeLessThan(sizes[0]![1]);
    const landscape = sizes.flatMap(([w, h], i) => (w > h ? [i + 1] : []));
    expect(landscape[0]).toBe(2);
    expect(landscape.length).toBeGreaterThanOrEqual(3);
    const afterCard = landscape.at(-1)! + 1;
    expect(sizes[afterCard - 1]![0]).toBeLessThan(sizes[afterCard - 1]![1]);
    expect(pageText(pdf, 2)).toContain('Werkkaart');
    expect(pageText(pdf, afterCard)).toContain('Crisisteam en bellijst');
    const card = landscape.map((n) => pageText(pdf, n)).join('\n');
    expect(card).toContain('De tien acties');
    expect(card).toContain('Restvragen nagaan');
    expect(card).toContain('Tips voor contact met de media');
    for (const n of landscape) expect(pageText(pdf, n)).toContain('VERTROUWELIJK');
    if (hasSoffice) {
      const docx = join(dir, 'protocol-word.docx');
      writeFileSync(docx, await renderProtocolDocx(loadSample(), OPTS));
      const word = pageSizes(convertDocxToPdf(docx, dir, 120_000));
      expect(word[0]![0]).toBeLessThan(word[0]![1]);
      expect(word[1]![0]).toBeGreaterThan(word[1]![1]);
      expect(word.at(-1)![0]).toBeLessThan(word.at(-1)![1]);
    }
  }, 180_000);
});
