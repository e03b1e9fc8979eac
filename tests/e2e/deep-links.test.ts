/**
 * Deep links into the toolkit PDFs: every activity and worksheet of the demo toolkits is a
 * named destination of its PDF, on the page where it starts, and every "Print this activity"
 * link (toolkit pages, activity finder, search records) names a destination its PDF has.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEMO_LOCALES, demo } from '../helpers/demo-site.ts';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { languageName } from '../../src/i18n/locales.ts';
import { parsePage, type Page } from '../helpers/html.ts';
import { namedDestinations, pageShows, pdfText } from '../helpers/pdf-inspect.ts';
import { readSearchBundle } from '../helpers/search-bundle.ts';

const CAMPAIGN = 'sid-2027';
const read = (path: string) => readFileSync(join(demo.outDir, path), 'utf8');
/** The named destinations and page texts of a built PDF, read once per file. */
const pdfs = new Map<string, { destinations: Map<string, number>; pages: string[] }>();
function builtPdf(href: string) {
  const path = decodeURIComponent(href.split('#')[0]!);
  const file = join(demo.outDir, path);
  if (!pdfs.has(path)) {
    if (!existsSync(file)) throw new Error(`${path} does not exist`);
    pdfs.set(path, { destinations: namedDestinations(file), pages: pdfText(file).split('\f') });
  }
  return pdfs.get(path)!;
}

/** The destination a deep link names, from its `#nameddest=`. */
const destinationOf = (href: string) => decodeURIComponent(/#nameddest=([^&]+)$/.exec(href)?.[1] ?? '');

/** The demo's toolkit pages written in their page's language (not fallbacks), with their parsed HTML. */
function translatedToolkitPages(locale: string): { path: string; page: Page }[] {
  const dir = `${locale}/${CAMPAIGN}/toolkits`;
  return readdirSync(join(demo.outDir, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(demo.outDir, dir, entry.name, 'index.html')))
    .map((entry) => `${dir}/${entry.name}/index.html`)
    .map((path) => ({ path, page: parsePage(read(path)) }))
    .filter(({ page }) => page.one('article[data-toolkit]') && !page.one('article[data-fallback]'));
}

describe.each(DEMO_LOCALES)('the %s toolkit PDFs', (locale) => {
  test('have one named destination per activity, worksheet and assembly, on the page where its title is printed', () => {
    const toolkits = translatedToolkitPages(locale);
    expect(toolkits.length).toBeGreaterThan(0);
    for (const { path, page } of toolkits) {
      const sections = page.all(
        'section[data-sidkit=activity], section[data-sidkit=worksheet], section[data-sidkit=assembly]',
      );
      expect(sections.length, path).toBeGreaterThan(0);
      const downloads = page.all('.pdf-downloads a').map((a) => String(a.properties.href));
      expect(downloads, path).toHaveLength(2);
      for (const href of downloads) {
        const { destinations, pages } = builtPdf(href);
        expect([...destinations.keys()].sort(), href).toEqual(sections.map((s) => String(s.properties.id)).sort());
        for (const section of sections) {
          const pageNumber = destinations.get(String(section.properties.id))!;
          expect(
            pageShows(pages[pageNumber - 1]!, String(section.properties.dataTitle)),
            `${href} page ${pageNumber}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe.each(DEMO_LOCALES)('deep links in %s', (locale) => {
  test('each activity of a toolkit page offers its PDF, in both paper sizes, opened at that activity', () => {
    for (const { path, page } of translatedToolkitPages(locale)) {
      for (const section of page.all('section[data-sidkit=activity]')) {
        const links = page
          .all(`#${String(section.properties.id)} a[data-pdf-destination]`)
          .map((a) => String(a.properties.href));
        expect(links, path).toEqual(
          page.all('.pdf-downloads a').map((a) => `${String(a.properties.href)}#nameddest=${section.properties.id}`),
        );
      }
    }
  });

  test('the finder links every activity to both its PDFs at a destination they have, naming a foreign PDF’s language', () => {
    const items = parsePage(read(`${locale}/activities/index.html`)).all('[data-finder-item]');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const title = toString(select('h3', item)!);
      const links = selectAll('a[data-pdf-destination]', item);
      expect(links, title).toHaveLength(2);
      for (const link of links) {
        const href = String(link.properties.href);
        const pdfLocale = String(link.properties.hrefLang);
        expect(href.startsWith(`/${pdfLocale}/`), href).toBe(true);
        const { destinations, pages } = builtPdf(href);
        const id = destinationOf(href);
        expect(id).toBe(link.properties.dataPdfDestination);
        expect(pageShows(pages[destinations.get(id)! - 1]!, title), href).toBe(true);
        const language = select('.pdf-language', link);
        if (pdfLocale === locale) expect(language, href).toBeUndefined();
        else expect(toString(language!), href).toContain(languageName(pdfLocale, locale));
      }
    }
  });
});

test('each activity record of the search index links to its A4 PDF at its destination', () => {
  const activities = readSearchBundle(demo.outDir).records.filter((record) =>
    record.filters.kind?.includes('activity'),
  );
  expect(activities.length).toBeGreaterThan(0);
  for (const record of activities) {
    const id = record.url.split('#')[1]!;
    expect(record.meta.pdf, record.url).toMatch(new RegExp(`-a4\\.pdf#nameddest=${id}$`));
    const { destinations, pages } = builtPdf(record.meta.pdf!);
    expect(pageShows(pages[destinations.get(id)! - 1]!, record.meta.title!), record.meta.pdf).toBe(true);
  }
});
