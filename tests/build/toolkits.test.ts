import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCampaigns, buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage } from '../helpers/html.ts';
import { outlineTitles, pdfFonts, pdfInfo, pdfText, renderPage } from '../helpers/pdf-inspect.ts';
import { zipFiles } from '../helpers/zip-inspect.ts';

let first: FixtureBuild;
let second: FixtureBuild;
const pdf = (build: FixtureBuild, locale: string, paper = 'a4') =>
  join(build.outDir, locale, 'kit', 'toolkits', `kit-starter-${locale}-${paper}.pdf`);
const titles = {
  en: 'Staying safe online',
  ar: 'كيف نبقى بأمان على الشبكة',
  zh: '网上安全小课堂',
  ru: 'Безопасность в интернете',
} as const;

beforeAll(() => {
  first = buildFixture('toolkits');
  // The second build goes in slices of one locale each (src/cli/build.ts): the PDFs and ZIPs must not depend on how the site was split.
  // It is also a warm rebuild, reading the first build's cache: what it reads back must be what a cold build makes.
  second = buildCampaigns('toolkits-again', join(first.outDir, '../../../fixtures/toolkits/campaigns'), {
    SIDKIT_SLICE_PAGES: '1',
    SIDKIT_CACHE: join(first.outDir, '../build-cache'),
  });
  for (const build of [first, second])
    if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('toolkit PDFs', () => {
  test('every translated toolkit is printed in A4 and US Letter, with progress in the build log', () => {
    for (const locale of Object.keys(titles))
      for (const paper of ['a4', 'us-letter'])
        expect(first.exists(`${locale}/kit/toolkits/kit-starter-${locale}-${paper}.pdf`)).toBe(true);
    expect(first.output).toMatch(/Printed 8 toolkit PDF\(s\) and 4 ZIP bundle\(s\)/);
  });

  test('have cover, contents, body, worksheet page, notes and helplines: seven pages in the right paper size', () => {
    const a4 = pdfInfo(pdf(first, 'en'));
    expect(a4.pages).toBe(7);
    expect(a4.pageSize).toEqual({ width: 595.3, height: 841.9 });
    expect(pdfInfo(pdf(first, 'en', 'us-letter')).pageSize).toEqual({ width: 612, height: 792 });
  });

  test('carry the title and language in their metadata and are tagged', () => {
    for (const [locale, title] of Object.entries(titles)) {
      const info = pdfInfo(pdf(first, locale));
      expect(info.title, locale).toBe(title);
      expect(info.language, locale).toBe(locale);
      expect(info.tagged, locale).toBe(true);
    }
  });

  test('extracted text contains the title in each script and a running footer in the document language', () => {
    const text = Object.fromEntries(Object.keys(titles).map((locale) => [locale, pdfText(pdf(first, locale))]));
    for (const [locale, title] of Object.entries(titles)) expect(text[locale], locale).toContain(title);
    expect(text.en).toContain('page 2 of 7');
    expect(text.ru).toContain('страница 2 из 7');
    expect(text.zh).toMatch(/第\s?2\s?页，共\s?7\s?页/);
  });

  test('have bookmarks for each activity and the worksheet', () => {
    const bookmarks = outlineTitles(readFileSync(pdf(first, 'en')));
    expect(bookmarks).toEqual(expect.arrayContaining(['Private or public?', 'Who can help?', 'My safety plan']));
    expect(outlineTitles(readFileSync(pdf(first, 'ar')))).toEqual(
      expect.arrayContaining(['خاص أم عام؟', 'خطتي للأمان']),
    );
  });

  test('the cover prints on white under a brand band, with the key visual: little ink for a black-and-white printer', () => {
    const folder = join(import.meta.dirname, '../.output/pdf-pages');
    for (const locale of ['en', 'ar', 'zh']) {
      const cover = renderPage(pdf(first, locale), 1, join(folder, `kit-starter-${locale}-a4-cover.png`));
      // A full-bleed cover inks every pixel; the band, the picture and the words cover about a quarter of the page.
      expect(cover.ink, locale).toBeGreaterThan(0.1);
      expect(cover.ink, locale).toBeLessThan(0.4);
    }
  });

  test('render every page, written to tests/.output/pdf-pages/ for people to look at', () => {
    const folder = join(import.meta.dirname, '../.output/pdf-pages');
    for (const locale of Object.keys(titles)) {
      for (let number = 1; number <= 7; number++) {
        const rendered = renderPage(pdf(first, locale), number, join(folder, `kit-starter-${locale}-a4-${number}.png`));
        // A4 (595.3 x 841.9 pt) at 72 dpi, rounded up to whole pixels, and something printed on every page.
        expect({ width: rendered.width, height: rendered.height }).toEqual({ width: 596, height: 842 });
        expect(rendered.ink, `${locale} page ${number}`).toBeGreaterThan(0.001);
      }
    }
  });

  test('embed fonts from npm packages chosen for each script', () => {
    const names = (locale: string) =>
      pdfFonts(pdf(first, locale))
        .map((font) => (font.embedded ? font.name : `NOT EMBEDDED ${font.name}`))
        .join(' ');
    expect(names('en')).toMatch(/NotoSans-Regular/);
    expect(names('ar')).toMatch(/IBMPlexSansArabic/);
    expect(names('zh')).toMatch(/NotoSansSC/);
    for (const locale of Object.keys(titles)) expect(names(locale), locale).not.toContain('NOT EMBEDDED');
  });

  test('are byte-identical across two builds, whole and in slices, as are the ZIP bundles, the share cards, the whole campaign kit and the calendar files', () => {
    expect(second.output).toMatch(/building in 4 slices/);
    // Nothing changed between the two builds, so the warm one compiles nothing: every PDF and picture comes from the cache.
    const made = /Reused 0 of (\d+) PDF\(s\) and picture\(s\) from the build cache .*; made \1\./.exec(
      first.output,
    )?.[1];
    expect(Number(made)).toBeGreaterThan(8);
    expect(second.output).toContain(`Reused ${made} of ${made} PDF(s) and picture(s) from the build cache`);
    expect(second.output).toMatch(/from the build cache .*; made 0\./);
    const files = readdirSync(join(first.outDir, 'en', 'kit', 'toolkits')).filter((name) => /\.(pdf|zip)$/.test(name));
    expect(files.length).toBe(3);
    for (const locale of Object.keys(titles)) {
      for (const name of readdirSync(join(first.outDir, locale, 'kit', 'toolkits')).filter((file) =>
        /\.(pdf|zip)$/.test(file),
      )) {
        const path = join(locale, 'kit', 'toolkits', name);
        expect(readFileSync(join(second.outDir, path)).equals(readFileSync(join(first.outDir, path))), path).toBe(true);
      }
    }
    // A card per page, and the campaign kit (campaign "kit"): its pictures and previews, posters, certificates, press material, texts and ZIP.
    const pictures = filesUnder(first.outDir)
      .map((file) => relative(first.outDir, file))
      .filter((path) => path.endsWith('share-card.png') || /^[a-z]+\/kit\/kit\/(previews\/)?kit-/.test(path));
    expect(pictures.filter((path) => path.endsWith('.pdf')).length).toBeGreaterThan(4 * 4);
    expect(pictures.length).toBeGreaterThan(4 * 15);
    for (const path of pictures)
      expect(readFileSync(join(second.outDir, path)).equals(readFileSync(join(first.outDir, path))), path).toBe(true);
    // Calendar files: each event's and the feed, in each locale (DTSTAMP is the campaign's day, never the clock).
    const calendars = filesUnder(first.outDir, '.ics').map((file) => relative(first.outDir, file));
    expect(calendars).toHaveLength(4 * 3);
    for (const path of calendars)
      expect(readFileSync(join(second.outDir, path)).equals(readFileSync(join(first.outDir, path))), path).toBe(true);
  });

  test('each locale gets one ZIP with all its toolkit PDFs', () => {
    const files = zipFiles(join(first.outDir, 'zh/kit/toolkits/kit-toolkits-zh.zip'));
    expect(files.map((file) => file.name)).toEqual(['kit-starter-zh-a4.pdf', 'kit-starter-zh-us-letter.pdf']);
    for (const file of files)
      expect(file.data.equals(readFileSync(join(first.outDir, 'zh/kit/toolkits', file.name))), file.name).toBe(true);
  });
});

describe('toolkit pages', () => {
  const page = (path: string) => parsePage(first.read(`${path}index.html`));

  test('show a summary box, activities with timings and download links with page count and size', () => {
    const en = page('en/kit/toolkits/starter/');
    expect(en.text('.toolkit-summary')).toContain('Ages 11–14');
    expect(en.text('.toolkit-summary')).toContain('25 minutes');
    expect(en.all('.toolkit-summary ol a').map((a) => a.properties.href)).toEqual(['#activity-1', '#activity-2']);
    expect(en.all('section[data-sidkit="activity"]').map((s) => s.properties.id)).toEqual(['activity-1', 'activity-2']);
    expect(en.all('.pdf-downloads a').map((a) => a.properties.href)).toEqual([
      '/en/kit/toolkits/kit-starter-en-a4.pdf',
      '/en/kit/toolkits/kit-starter-en-us-letter.pdf',
    ]);
    expect(en.text('.pdf-downloads')).toMatch(/7 pages, \d+ kB/);
    expect(page('ar/kit/toolkits/starter/').text('.pdf-downloads')).toMatch(/7 صفحات، [\d٠-٩]+ كيلوبايت/);
  });

  test('the list can be filtered by audience with plain links and names each pack’s languages', () => {
    const list = page('en/kit/toolkits/');
    expect(list.all('main nav a').map((a) => a.properties.href)).toEqual([
      '/en/kit/toolkits/',
      '/en/kit/toolkits/for/ages-11-14/',
    ]);
    expect(list.text('.toolkit-card')).toContain('العربية');
    expect(list.text('.toolkit-card')).toMatch(/7 pages/);
    expect(first.exists('en/kit/toolkits/for/ages-11-14/index.html')).toBe(true);
  });

  test('a print stylesheet starts each worksheet on a new page and hides the site chrome', () => {
    const css = readdirSync(join(first.outDir, '_astro'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(join(first.outDir, '_astro', name), 'utf8'))
      .join('');
    const print = /@media print\{(.*)\}/s.exec(css)?.[1] ?? '';
    expect(print).toMatch(/body>header[^{]*\{display:none/);
    expect(print).toMatch(/\.worksheet\{break-before:page/);
    expect(print).toMatch(/\.activity\{break-inside:avoid/);
  });
});
