/**
 * Worksheets in the built demo: their PDF pages are laid out to write and draw on (ruled
 * lines down to the bottom margin, framed answer boxes and drawing areas, tables with rows
 * to fill in), in English, Arabic and Chinese; and on the web each worksheet has "Print this
 * worksheet" links that open its PDF at the worksheet's named destination. Every worksheet
 * page looked at is also written to tests/.output/worksheets/ as PNG, with the web page at
 * 390 and 1280 px.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toString } from 'hast-util-to-string';
import { createTranslate } from '../../src/i18n/translate.ts';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { DEMO_LOCALES, demo } from '../helpers/demo-site.ts';
import { namedDestinations, pdfInfo, pdfLines, renderPage, ruledLines } from '../helpers/pdf-inspect.ts';
import { parsePage } from '../helpers/html.ts';

const CAMPAIGN = 'sid-2027';
const folder = resolve(import.meta.dirname, '../.output/worksheets');
/** The bottom page margin of every toolkit PDF (src/lib/typst/document.ts), in points. */
const BOTTOM_MARGIN = (2.6 / 2.54) * 72;
const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const pdfPath = (locale: string, toolkit: string, paper: 'a4' | 'us-letter') =>
  join(demo.outDir, locale, CAMPAIGN, 'toolkits', `${CAMPAIGN}-${toolkit}-${locale}-${paper}.pdf`);

/** The page of a PDF that a worksheet's named destination opens, rendered to PNG for people to look at. */
function worksheetPage(pdf: string, id: string, name: string): number {
  const page = namedDestinations(pdf).get(id);
  if (page === undefined) throw new Error(`${pdf} has no destination ${id}`);
  mkdirSync(folder, { recursive: true });
  renderPage(pdf, page, join(folder, `${name}-${id}.png`), 96);
  return page;
}

/** The ruled lines as wide as the text column (writing lines and box edges, not the Name and Date fields). */
function fullWidthLines(pdf: string, page: number) {
  const width = pdfInfo(pdf).pageSize.width;
  return ruledLines(pdf, page).filter((line) => line.x1 - line.x0 > width * 0.7);
}

describe.each(['a4', 'us-letter'] as const)('worksheet pages of the %s packs', (paper) => {
  test.each([
    { locale: 'ar', toolkit: 'ages-7-11', id: 'worksheet-1' },
    { locale: 'zh', toolkit: 'ages-7-11', id: 'worksheet-1' },
    { locale: 'en', toolkit: 'parents-carers', id: 'worksheet-1' },
  ])('lines="fill" rules $locale $toolkit $id down to the bottom margin', ({ locale, toolkit, id }) => {
    const pdf = pdfPath(locale, toolkit, paper);
    const page = worksheetPage(pdf, id, `${locale}-${toolkit}-${paper}`);
    const lines = fullWidthLines(pdf, page);
    const bottom = pdfInfo(pdf).pageSize.height - BOTTOM_MARGIN;
    expect(lines.length).toBeGreaterThan(12);
    // The last line is less than one line gap (2.5em of 12.5 pt) above the margin, and not below it.
    const lowest = Math.max(...lines.map((line) => line.y));
    expect(lowest).toBeGreaterThan(bottom - 31.25);
    expect(lowest).toBeLessThanOrEqual(bottom + 1);
  });

  test('the plan of ages 11-14 prints its five prompts in answer boxes with lines, the last one filling the page', () => {
    const pdf = pdfPath('en', 'ages-11-14', paper);
    const page = worksheetPage(pdf, 'worksheet-1', `en-ages-11-14-${paper}`);
    const text = squeezed(
      pdfLines(pdf, page)
        .map((line) => line.text)
        .join(' '),
    );
    for (const label of [
      'Three adults I trust',
      'Two clues that someone online',
      'My exit line',
      'One privacy setting',
      'Who would I tell first?',
    ])
      expect(text, label).toContain(squeezed(label));
    const lines = fullWidthLines(pdf, page);
    // Writing lines (3 + 2 + 2 + 2 + the rest) and the top and bottom edges of five boxes.
    expect(lines.length).toBeGreaterThanOrEqual(11 + 10);
    expect(Math.max(...lines.map((line) => line.y))).toBeGreaterThan(pdfInfo(pdf).pageSize.height - BOTTOM_MARGIN - 20);
  });

  test('the campaign plan of ages 14-18 prints a table with a row to write in per question, on one page', () => {
    const pdf = pdfPath('en', 'ages-14-18', paper);
    const page = worksheetPage(pdf, 'worksheet-1', `en-ages-14-18-${paper}`);
    const texts = pdfLines(pdf, page);
    const rowTop = (words: string) => texts.find((line) => line.text.includes(words))?.y;
    const [first, second, last] = ['Our audience', 'Our one message', 'The member of staff'].map(rowTop);
    expect(last, 'every row on the worksheet page').toBeDefined();
    // A one-line question gets a row about two handwriting lines tall (3.6em of 12.5 pt plus padding).
    expect(second! - first!).toBeGreaterThan(55);
  });

  test.each(['en', 'fr', 'ar'])('the %s ages 3-7 worksheets are picture-led: big frames to draw in', (locale) => {
    const pdf = pdfPath(locale, 'ages-3-7', paper);
    const height = pdfInfo(pdf).pageSize.height;
    for (const id of ['worksheet-1', 'worksheet-2', 'worksheet-3']) {
      const page = worksheetPage(pdf, id, `${locale}-ages-3-7-${paper}`);
      const edges = fullWidthLines(pdf, page).map((line) => line.y);
      // The frames' straight top and bottom edges span most of the page between them.
      expect(Math.max(...edges) - Math.min(...edges), id).toBeGreaterThan(height * 0.55);
    }
  });
});

test('the Arabic answer box is mirrored: its label starts at the right edge of the box', () => {
  const pdf = pdfPath('ar', 'ages-3-7', 'a4');
  const page = worksheetPage(pdf, 'worksheet-1', 'ar-ages-3-7-a4-mirrored');
  const width = pdfInfo(pdf).pageSize.width;
  const label = pdfLines(pdf, page).find((line) => line.text.includes('الكبير') && line.text.includes('اسمه'));
  expect(label).toBeDefined();
  expect(label!.x1).toBeGreaterThan(width - 80);
  expect(label!.x0).toBeGreaterThan(width / 3);
});

/** The demo's toolkit pages written in their page's language, with the worksheets they show. */
function toolkitPages(locale: string) {
  const dir = `${locale}/${CAMPAIGN}/toolkits`;
  return readdirSync(join(demo.outDir, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(demo.outDir, dir, entry.name, 'index.html')))
    .map((entry) => parsePage(readFileSync(join(demo.outDir, dir, entry.name, 'index.html'), 'utf8')))
    .filter((page) => page.one('article[data-toolkit]') && !page.one('article[data-fallback]'));
}

describe.each(DEMO_LOCALES)('"Print this worksheet" in %s', (locale) => {
  test('each worksheet links both PDFs at its named destination, which opens the page it starts on', () => {
    const printWorksheet = createTranslate(locale)('deepLinks.printWorksheet');
    let worksheets = 0;
    for (const page of toolkitPages(locale)) {
      const downloads = page.all('.pdf-downloads a').map((a) => String(a.properties.href));
      for (const section of page.all('section[data-sidkit=worksheet]')) {
        worksheets += 1;
        const id = String(section.properties.id);
        expect(id).toMatch(/^worksheet-\d+$/);
        const links = page.all(`#${id} a[data-pdf-destination]`);
        expect(links.map((a) => String(a.properties.href))).toEqual(downloads.map((href) => `${href}#nameddest=${id}`));
        for (const link of links) {
          expect(toString(link)).toContain(printWorksheet);
          const file = join(demo.outDir, decodeURIComponent(String(link.properties.href).split('#')[0]!));
          expect(namedDestinations(file).has(id), String(link.properties.href)).toBe(true);
        }
      }
    }
    expect(worksheets).toBeGreaterThan(0);
  });
});

const browser = useBrowser();
test.each(
  ['en', 'ar', 'zh'].flatMap((locale) =>
    Object.keys(VIEWPORTS).map((size) => ({ locale, size: size as keyof typeof VIEWPORTS })),
  ),
)('the $locale ages 7-11 worksheets on the web at $size width do not scroll sideways', async ({ locale, size }) => {
  const page = await visit(browser(), `/${locale}/${CAMPAIGN}/toolkits/ages-7-11/`, { viewport: VIEWPORTS[size] });
  const worksheet = page.locator('section[data-sidkit=worksheet]').last();
  mkdirSync(folder, { recursive: true });
  await worksheet.screenshot({ path: join(folder, `web-${locale}-ages-7-11-${size}.png`) });
  expect(await worksheet.locator('[data-sidkit=answer-box]').count()).toBe(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS[size].width);
});
