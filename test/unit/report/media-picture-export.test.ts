import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, hasSoffice } from '../../fixtures/libreoffice';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Issue 16: the media picture is ONE section, "Mediabeeld", fed by the media rounds and by loose
 * observations alike: the tone per medium as it went, a chart of attention and tone over time,
 * and the table of what stood out. Checked in the real exports: the PDF with pdftotext (and, with
 * KETENBORD_SCREENS=1, its page as a PNG in .tmp/screens), the Word file through LibreOffice.
 */
const SCREENS = process.env.KETENBORD_SCREENS ? resolve('.tmp/screens') : null;
const dir = mkdtempSync(join(tmpdir(), 'ketenbord-media-picture-'));
let app: TestBackend;
let incidentId: string;

beforeAll(async () => {
  app = await startTestBackend('ketenbord-media-picture-api-');
  await app.call('protocol.loadSample', { confirm: true });
  const start = Date.now() - 4 * 3_600_000;
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const incident = await app.call('incident.create', {
    title: 'Datalek klantportaal',
    detectedAt: at(0),
    natures: ['dataBreach'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'likely',
      customers: 'certain',
      public: 'likely',
    },
    phase: 'problemClear',
    isExercise: false,
    author: 'Anouk Meijer',
  });
  incidentId = incident.id;
  const round = (
    monitorId: string,
    minutes: number,
    volume: 'none' | 'low' | 'moderate' | 'high' | 'storm',
    tone: 'positive' | 'neutral' | 'negative',
    summary: string,
    notable?: string,
  ) =>
    app.call('media.recordRound', {
      incidentId,
      author: 'Yusuf Demir',
      monitorId,
      volume,
      tone,
      summary,
      ...(notable ? { notable } : {}),
      links: notable ? ['https://social.example/post/42'] : [],
      occurredAt: at(minutes),
    });
  await round('media-social-media', 10, 'low', 'neutral', 'Enkele vragen over inloggen');
  await round(
    'media-social-media',
    40,
    'high',
    'negative',
    'Klanten boos over het lek',
    'Bericht met 2.000 deelacties',
  );
  await round('media-social-media', 70, 'storm', 'negative', 'Hashtag trending');
  await round('media-social-media', 100, 'moderate', 'neutral', 'Het wordt rustiger');
  await round('media-news-sites', 30, 'none', 'neutral', 'Nog niets');
  await round('media-news-sites', 90, 'moderate', 'negative', 'Regionale krant meldt het lek');
  await round('media-press', 60, 'low', 'positive', 'Pers prijst de snelle melding');
  await app.call('log.append', {
    incidentId,
    author: 'Ruud Kok',
    body: {
      kind: 'observation',
      summary: 'Forum: klant deelt screenshot',
      medium: 'Social media',
      tone: 'negative',
      evaluatorNote: false,
    },
    occurredAt: at(55),
  });
}, 60_000);
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: 'pdf' | 'docx'): Promise<string> {
  const file = await app.call('report.export', {
    incidentId,
    kind: 'aftercare',
    format,
    classification: 'intern',
    language: 'nl',
    author: 'Test',
  });
  const path = join(dir, `nazorg.${format}`);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

const textOf = (pdf: string) =>
  execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the media picture in the exports', () => {
  it('PDF: one Mediabeeld section with the tone course, the chart and what stood out', {
    timeout: 60_000,
  }, async () => {
    const pdf = await exported('pdf');
    const text = textOf(pdf);
    expect(text.match(/Mediabeeld/g)?.length).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('Mediarondes ');
    expect(text).toContain('7 mediarondes en 1 losse waarnemingen over 3 media');
    expect(text).toContain('Social media: 4 rondes; toon neutraal → negatief → neutraal');
    // the chart is vector text in the PDF: its medium names, level words and legend are there
    expect(text).toContain('lijn: aandacht per ronde');
    expect(text).toContain('Aandacht per medium in de tijd');
    // what stood out: the notable post with its link, the storm, the forum observation; not the quiet ones
    // (a table cell wraps: pdftotext may put a neighbouring cell between its lines)
    expect(text).toContain('Klanten boos over het lek');
    expect(text).toContain('Bericht met 2.000 deelacties');
    expect(text).toContain('social.example/post/42');
    expect(text).toContain('Hashtag trending');
    expect(text).toContain('Forum: klant deelt screenshot');
    expect(text).toContain('Regionale krant meldt het lek');
    if (SCREENS) {
      mkdirSync(SCREENS, { recursive: true });
      // the page that holds the chart's legend, rendered as the reader sees it
      screenPagesWith(pdf, 'lijn: aandacht per ronde', join(SCREENS, 'media-picture-pdf'));
      expect(readdirSync(SCREENS).some((f) => f.startsWith('media-picture-pdf'))).toBe(true);
    }
  });

  it.skipIf(!hasSoffice)(
    'Word: the chart is a picture, the section reads the same in LibreOffice',
    { timeout: 180_000 },
    async () => {
      const docx = await exported('docx');
      const unzipped = execFileSync('unzip', ['-l', docx], { encoding: 'utf8' });
      // the timeline and the media chart: two pictures in the Word file
      expect(unzipped.match(/word\/media\/\S+\.png/g)?.length).toBe(2);
      const pdf = convertDocxToPdf(docx, dir, 120_000);
      expect(existsSync(pdf)).toBe(true);
      const text = textOf(pdf);
      expect(text).toContain('Mediabeeld');
      expect(text).toContain('Social media: 4 rondes; toon neutraal → negatief → neutraal');
      expect(text).toContain('Aandacht per medium in de tijd');
      expect(text).toContain('Klanten boos over het lek · Bericht met 2.000 deelacties');
      if (SCREENS)
        screenPagesWith(pdf, 'Aandacht per medium in de tijd', join(SCREENS, 'media-picture-docx'));
    },
  );
});

/** Every page of `pdf` whose text holds `marker`, as a PNG at 80 dpi (for looking, with KETENBORD_SCREENS). */
function screenPagesWith(pdf: string, marker: string, prefix: string): void {
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] ?? '1';
  for (let p = 1; p <= Number(pages); p++) {
    const page = ['-f', String(p), '-l', String(p)];
    const text = execFileSync('pdftotext', [...page, pdf, '-'], { encoding: 'utf8' });
    if (text.includes(marker)) execFileSync('pdftoppm', ['-png', '-r', '80', ...page, pdf, prefix]);
  }
}
