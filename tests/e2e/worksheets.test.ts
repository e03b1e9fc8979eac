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
import { drawnShapes, namedDestinations, pdfInfo, pdfLines, renderPage } from '../helpers/pdf-inspect.ts';
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

/** Shapes about as wide as the text column, leaving out the Name and Date fields and the footer. */
function fullWidth(pdf: string, page: number) {
  const width = pdfInfo(pdf).pageSize.width;
  return drawnShapes(pdf, page).filter((shape) => shape.x1 - shape.x0 > width * 0.7);
}

/** The heights on the page of the ruled lines as wide as the text column: writing lines, table rules. */
function fullWidthLines(pdf: string, page: number): number[] {
  return fullWidth(pdf, page)
    .filter((shape) => shape.y1 - shape.y0 <= 2)
    .map((shape) => (shape.y0 + shape.y1) / 2);
}

/** The frames as wide as the text column and taller than a line: answer boxes, drawing areas, tables. */
function frames(pdf: string, page: number) {
  return fullWidth(pdf, page).filter((shape) => shape.y1 - shape.y0 > 40);
}

/** Where the text column ends on a page of the PDF, above the footer. */
const columnBottom = (pdf: string) => pdfInfo(pdf).pageSize.height - BOTTOM_MARGIN;

describe.each(['a4', 'us-letter'] as const)('worksheet pages of the %s packs', (paper) => {
  test.each([
    { locale: 'ar', toolkit: 'ages-7-11', id: 'worksheet-1' },
    { locale: 'zh', toolkit: 'ages-7-11', id: 'worksheet-1' },
    { locale: 'en', toolkit: 'parents-carers', id: 'worksheet-1' },
  ])('lines="fill" rules $locale $toolkit $id down to the bottom margin', ({ locale, toolkit, id }) => {
    const pdf = pdfPath(locale, toolkit, paper);
    const page = worksheetPage(pdf, id, `${locale}-${toolkit}-${paper}`);
    const lines = fullWidthLines(pdf, page);
    const bottom = columnBottom(pdf);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    // The last line is less than one line gap (2.5em of 12.5 pt) above the margin, and not below it.
    const lowest = Math.max(...lines);
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
    // Writing lines: 3 + 2 + 2 + 2, and at least one in the last box, which fills the page.
    expect(fullWidthLines(pdf, page).length).toBeGreaterThanOrEqual(10);
    const boxes = frames(pdf, page);
    expect(boxes).toHaveLength(5);
    expect(Math.max(...boxes.map((box) => box.y1))).toBeGreaterThan(columnBottom(pdf) - 5);
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
      const shown = frames(pdf, page);
      // The frames take most of the page, down to the bottom of the text column.
      expect(
        shown.reduce((sum, frame) => sum + frame.y1 - frame.y0, 0),
        id,
      ).toBeGreaterThan(height * 0.55);
      expect(Math.max(...shown.map((frame) => frame.y1)), id).toBeGreaterThan(columnBottom(pdf) - 5);
    }
  });
});

test('the Arabic answer box is mirrored: its label starts at the right edge of its frame', () => {
  const pdf = pdfPath('ar', 'ages-3-7', 'a4');
  const page = worksheetPage(pdf, 'worksheet-1', 'ar-ages-3-7-a4');
  // The answer box is the lower frame, under the drawing area.
  const box = frames(pdf, page)
    .sort((a, b) => a.y0 - b.y0)
    .at(-1)!;
  const label = pdfLines(pdf, page).filter((line) => line.y > box.y0 && line.y < box.y1);
  expect(label).toHaveLength(1);
  expect(label[0]!.x1).toBeGreaterThan(box.x1 - 20);
  expect(label[0]!.x0).toBeGreaterThan(box.x0 + (box.x1 - box.x0) / 3);
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
  [
    { locale: 'en', toolkit: 'ages-7-11', answerBoxes: 4, drawingAreas: 0 },
    { locale: 'ar', toolkit: 'ages-7-11', answerBoxes: 4, drawingAreas: 0 },
    { locale: 'zh', toolkit: 'ages-7-11', answerBoxes: 4, drawingAreas: 0 },
    { locale: 'en', toolkit: 'ages-3-7', answerBoxes: 0, drawingAreas: 2 },
  ].flatMap((shot) => Object.keys(VIEWPORTS).map((size) => ({ ...shot, size: size as keyof typeof VIEWPORTS }))),
)(
  'the last $locale $toolkit worksheet on the web at $size width shows its parts without scrolling sideways',
  async ({ locale, toolkit, answerBoxes, drawingAreas, size }) => {
    const page = await visit(browser(), `/${locale}/${CAMPAIGN}/toolkits/${toolkit}/`, { viewport: VIEWPORTS[size] });
    const worksheet = page.locator('section[data-sidkit=worksheet]').last();
    mkdirSync(folder, { recursive: true });
    await worksheet.screenshot({ path: join(folder, `web-${locale}-${toolkit}-${size}.png`) });
    expect(await worksheet.locator('[data-sidkit=answer-box]').count()).toBe(answerBoxes);
    expect(await worksheet.locator('[data-sidkit=drawing-area]').count()).toBe(drawingAreas);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS[size].width);
  },
);

test.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
  'the table of the ages 14-18 campaign plan leaves each row room to write in at %s width',
  async (size) => {
    const page = await visit(browser(), `/en/${CAMPAIGN}/toolkits/ages-14-18/`, { viewport: VIEWPORTS[size] });
    const worksheet = page.locator('section[data-sidkit=worksheet]').last();
    await worksheet.screenshot({ path: join(folder, `web-en-ages-14-18-${size}.png`) });
    const heights = await worksheet.locator('td').evaluateAll((cells) => cells.map((cell) => cell.clientHeight));
    expect(heights).toHaveLength(16);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(56);
  },
);
