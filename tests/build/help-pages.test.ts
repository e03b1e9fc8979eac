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
    .all('article h2, article [data-help-directory]')
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

describe('the quick exit', () => {
  const weather = (locale: string) =>
    `https://www.google.com/search?q=${encodeURIComponent(createTranslate(locale)('quickExit.search'))}`;
  const expectedHref = (locale: string) =>
    locale === 'zh' ? 'https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94' : weather(locale);

  test.each(LOCALES.flatMap((locale) => ['get-help', 'young-people'].map((slug) => [locale, slug])))(
    '/%s/sid-2027/%s/ has a plain link to a neutral page, and the script that replaces the history entry',
    (locale, slug) => {
      const p = page(`/${locale}/sid-2027/${slug}/`);
      const link = p.one('[data-quick-exit] a');
      expect(link?.properties.href).toBe(expectedHref(locale));
      expect(link?.properties.rel).toEqual(['noreferrer']);
      expect(p.text('[data-quick-exit] a')).toBe(createTranslate(locale)('quickExit.label'));
      expect(p.text('script')).toContain('location.replace(link.href)');
      // First in the page after the skip link, before the header.
      expect(
        p
          .all('body > *')
          .map((e) => e.tagName)
          .slice(0, 4),
      ).toEqual(['a', 'div', 'script', 'header']);
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
