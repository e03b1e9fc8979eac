import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage, type Page } from '../helpers/html.ts';

const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
let build: FixtureBuild;
const page = (path: string): Page => parsePage(build.read(`${path.replace(/^\//, '')}index.html`));

beforeAll(() => {
  // A folder per run: engineers sharing a working tree run the suite side by side.
  build = buildCampaigns(`demo-help-${process.pid}`, join(resolve(import.meta.dirname, '../..'), 'campaigns'));
  if (build.status !== 0) throw new Error(`The demo did not build:\n${build.output}`);
});

/** The page's h2 headings and help directories, in document order. */
const outline = (p: Page) =>
  p
    .all('article .prose h2, article [data-help-directory]')
    .map((element) => (element.tagName === 'h2' ? 'h2' : String(element.properties.dataHelpDirectory)));

describe('the Get help page', () => {
  test.each(LOCALES)(
    'in %s: immediate danger first, then talking to someone with the helplines, then reporting with the hotlines',
    (locale) => {
      const p = page(`/${locale}/sid-2027/get-help/`);
      expect(outline(p).slice(0, 6)).toEqual(['h2', 'emergency', 'h2', 'helpline', 'h2', 'hotline']);
      expect(
        p.all('[data-help-directory="emergency"] [data-help-entry]').map((e) => e.properties.dataHelpEntry),
      ).toEqual(['eu-112']);
      expect(p.all('[data-help-directory="helpline"] [data-country]').map((e) => e.properties.dataCountry)).toEqual([
        'INT',
        'EU',
        'IN',
      ]);
      expect(p.all('[data-help-directory="hotline"] [data-help-entry]').map((e) => e.properties.dataHelpEntry)).toEqual(
        ['inhope'],
      );
    },
  );

  test.each(LOCALES)(
    'in %s: each entry has its name in the page language and the day it was last verified',
    (locale) => {
      const p = page(`/${locale}/sid-2027/get-help/`);
      const entries = p.all('[data-help-directory] [data-help-entry]');
      expect(entries).toHaveLength(5);
      for (const entry of p.all('[data-help-directory] [data-help-entry] small')) {
        expect(entry.children.map((child) => ('value' in child ? child.value : '')).join('')).toMatch(/2026/);
      }
      expect(p.one('[data-help-entry] span[lang]')).toBeUndefined();
    },
  );
});

/** The elements matching `selector` in document order, with their index among every element of the page. */
const positions = (p: Page, selector: string) => {
  const order = p.all('*');
  return p.all(selector).map((element) => order.indexOf(element));
};

describe('help first', () => {
  test.each(LOCALES)(
    'in %s the Get help page opens with the child helpline as a number to call, before any of its text',
    (locale) => {
      const p = page(`/${locale}/sid-2027/get-help/`);
      const t = createTranslate(locale);
      expect(p.all('a[href^="tel:"]')[0]?.properties.href).toBe('tel:116111');
      expect(p.text('[data-primary-helpline] a[href^="tel:"]')).toBe('116 111');
      expect(p.attr('[data-primary-helpline] a[href^="tel:"]', 'ariaLabel')).toBe(
        t('help.call', { number: '116 111' }),
      );
      expect(p.text('[data-primary-helpline] h2')).toBe(t('helpFirst.heading'));
      expect(p.text('[data-primary-helpline]')).toContain(t('helpFirst.about'));
      expect(p.one('[data-primary-helpline] a[href="https://www.childhelplineinternational.org/"]')).toBeDefined();
      // After the title, before the first paragraph; the day it was checked is for organisers, not in the card.
      const [h1] = positions(p, 'main h1');
      const [card] = positions(p, '[data-primary-helpline]');
      const [firstParagraph] = positions(p, 'article .prose p');
      expect(h1! < card! && card! < firstParagraph!).toBe(true);
      expect(p.text('[data-primary-helpline]')).not.toContain('2026');
    },
  );

  test('the parents page has a help box that leads with the helpline and links to Get help, the rest compact', () => {
    const p = page('/en/sid-2027/parents-carers/');
    const box = '[data-sidkit="helpbox"]';
    expect(p.all(`${box} a[href^="tel:"]`).map((a) => a.properties.href)).toEqual([
      'tel:116111',
      'tel:112',
      'tel:1098',
    ]);
    expect(p.one(`${box} [data-primary-helpline="eu-116-111"]`)).toBeDefined();
    expect(p.one(`${box} [data-primary-helpline] a[href="/en/sid-2027/get-help/"]`)).toBeDefined();
    expect(p.all(`${box} [data-help-entry]`).map((e) => e.properties.dataHelpEntry)).toEqual([
      'eu-112',
      'childline-india',
      'inhope',
      'child-helpline-international',
    ]);
    expect(p.all(`${box} small`)).toEqual([]);
    // Near the top: after the first section, before the second.
    const headings = positions(p, 'article .prose h2');
    const [helpBox] = positions(p, box);
    expect(headings[0]! < helpBox! && helpBox! < headings[1]!).toBe(true);
  });
});

describe('the Browse safely pages', () => {
  test('are in the sitemap in every language, each with its alternates', () => {
    const sitemap = build.read('sitemap.xml');
    for (const locale of LOCALES) expect(sitemap).toContain(`<loc>https://example.org/${locale}/browse-safely/</loc>`);
    expect(sitemap).toContain('hreflang="ar" href="https://example.org/ar/browse-safely/"');
  });
});

describe('the quick exit', () => {
  const weather = (locale: string) =>
    `https://www.google.com/search?q=${encodeURIComponent(createTranslate(locale)('quickExit.search'))}`;
  const expectedHref = (locale: string) =>
    locale === 'zh' ? 'https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94' : weather(locale);

  test.each(LOCALES.flatMap((locale) => ['get-help', 'young-people', 'parents-carers'].map((slug) => [locale, slug])))(
    '/%s/sid-2027/%s/ has a plain link to a neutral page, and the script that replaces the history entry',
    (locale, slug) => {
      const p = page(`/${locale}/sid-2027/${slug}/`);
      const link = p.one('[data-quick-exit] a[data-quick-exit-link]');
      expect(link?.properties.href).toBe(expectedHref(locale));
      expect(link?.properties.rel).toEqual(['noreferrer']);
      expect(p.text('[data-quick-exit] a[data-quick-exit-link]')).toBe(createTranslate(locale)('quickExit.label'));
      expect(p.text('script')).toContain('location.replace(links[0].href)');
      // "Leave this site quickly" as the first skip link, then "Skip to content", then the bar, before the header.
      expect(
        p
          .all('body > *')
          .map((e) => `${e.tagName}${e.properties.href ? `:${e.properties.href}` : ''}`)
          .slice(0, 5),
      ).toEqual([`a:${expectedHref(locale)}`, 'a:#main', 'div', 'script', 'header']);
      expect(p.text('body > a[data-quick-exit-link]')).toBe(createTranslate(locale)('quickExit.label'));
      expect(p.one('[data-quick-exit] a[data-browse-safely]')?.properties.href).toBe(`/${locale}/browse-safely/`);
    },
  );

  test('other content pages have neither the button nor any script but the header’s', () => {
    for (const path of ['/en/sid-2027/schools/', '/fr/sid-2027/about-the-report/', '/ar/sid-2027/']) {
      expect(page(path).one('[data-quick-exit]'), path).toBeUndefined();
      expect(page(path).all('script:not([data-header-disclosures])'), path).toEqual([]);
    }
  });
});

describe('About the report', () => {
  test.each(LOCALES)('in %s: the outline of the report with paragraph ranges, in the page language', (locale) => {
    const p = page(`/${locale}/sid-2027/about-the-report/`);
    expect(p.attr('article', 'lang')).toBe(locale);
    expect(p.all('[data-report-outline] > ol > li')).toHaveLength(5);
    expect(p.all('[data-report-outline] bdi[lang="en"]')).toHaveLength(15);
    expect(p.all('article [data-fact]')).toHaveLength(9);
  });

  test('paragraph ranges follow each language’s citation style', () => {
    expect(page('/en/sid-2027/about-the-report/').text('[data-report-outline] > ol > li:nth-child(5)')).toContain(
      '(paras. 82–89)',
    );
    expect(page('/fr/sid-2027/about-the-report/').text('[data-report-outline] > ol > li:nth-child(5)')).toContain(
      '(par. 82 à 89)',
    );
    expect(page('/zh/sid-2027/about-the-report/').text('[data-report-outline] > ol > li:nth-child(5)')).toContain(
      '(第82至89段)',
    );
  });
});
