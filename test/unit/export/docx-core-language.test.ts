import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderProtocolDocx } from '../../../electron/services/protocol/print/index';
import { renderReportDocx } from '../../../electron/services/report/render-docx';
import { hasSoffice } from '../../fixtures/libreoffice';
import { scriptedExerciseSuite } from '../report/scripted';

/**
 * The Word files name their language in docProps/core.xml (dc:language), read back from the real
 * exported zip, and LibreOffice takes it over as the document's language property.
 */
const scripted = scriptedExerciseSuite();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ketenbord-core-lang-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(bytes: Buffer, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

const core = (file: string) => execFileSync('unzip', ['-p', file, 'docProps/core.xml'], { encoding: 'utf8' });
const TAG = { nl: 'nl-NL', en: 'en-GB' } as const;

describe('the language of a Word export in its core properties', () => {
  it('is nl-NL or en-GB, once, in the report and in the printed protocol', async () => {
    for (const language of ['nl', 'en'] as const) {
      const report = await save(
        await renderReportDocx(await scripted.model({ kind: 'evaluation', language })),
        `report-${language}.docx`,
      );
      const protocol = await save(
        await renderProtocolDocx(scripted.exercise.protocol, {
          language,
          generatedAt: new Date('2026-11-28T12:00:00Z'),
          appVersion: '9.9.9-test',
        }),
        `protocol-${language}.docx`,
      );
      for (const file of [report, protocol]) {
        const xml = core(file);
        expect(xml.match(/<dc:language>[^<]*<\/dc:language>/g), file).toEqual([
          `<dc:language>${TAG[language]}</dc:language>`,
        ]);
        // still the rest of the properties, inside the one root element
        expect(xml).toMatch(/<dc:title>[^<]+<\/dc:title>/);
        expect(xml.trim()).toMatch(/<\/cp:coreProperties>$/);
      }
    }
  });

  it.skipIf(!hasSoffice)(
    'is what LibreOffice reads as the document language',
    { timeout: 180_000 },
    async () => {
      const report = await save(
        await renderReportDocx(await scripted.model({ kind: 'aftercare', language: 'nl' })),
        'aftercare.docx',
      );
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'odt',
          '--outdir',
          dir,
          report,
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const meta = execFileSync('unzip', ['-p', path.join(dir, 'aftercare.odt'), 'meta.xml'], {
        encoding: 'utf8',
      });
      expect(meta).toContain('<dc:language>nl-NL</dc:language>');
    },
  );
});
