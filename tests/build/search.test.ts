import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage } from '../helpers/html.ts';
import { pagefindSearch, SEARCH_WAIT } from '../helpers/pagefind-search.ts';
import { readSearchBundle, type SearchBundle } from '../helpers/search-bundle.ts';
import { serveDir, type StaticServer } from '../helpers/static-server.ts';

// The multilingual fixture, built under a base path to check that the index and its links respect it.
const BASE = '/sid/';
const BUNDLE = `${BASE}pagefind/`;
let build: FixtureBuild;
let bundle: SearchBundle;
let server: StaticServer;
const browser = useBrowser();

beforeAll(async () => {
  build = buildCampaigns('search', resolve(import.meta.dirname, '../fixtures/multilingual/campaigns'), {
    SIDKIT_SITE: 'https://sid.example.net',
    SIDKIT_BASE: BASE,
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  bundle = readSearchBundle(build.outDir);
  // A host publishing under the base path: the out dir is served at /sid/.
  const mount = join(dirname(build.outDir), 'mount');
  mkdirSync(mount, { recursive: true });
  symlinkSync(build.outDir, join(mount, BASE.replaceAll('/', '')));
  server = await serveDir(mount);
});

afterAll(async () => {
  await server?.close();
});

const records = (language: string) => bundle.records.filter((record) => record.language === language);
const urls = (language: string) => records(language).map((record) => record.url);
const record = (url: string) => bundle.records.find((item) => item.url === url);

/** A page of the fixture in Chromium, to query the index in that page's language. */
async function sitePage(path: string, javaScriptEnabled = true) {
  const page = await openPage(browser(), { javaScriptEnabled });
  await page.goto(`${server.url}${BASE}${path.replace(/^\//, '')}`);
  return page;
}

describe('the index', () => {
  test('has one language per <html lang> the site is published in, and the build reports it', () => {
    expect(Object.keys(bundle.entry.languages).sort()).toEqual(['ar', 'en', 'fr', 'zh']);
    expect(build.output).toMatch(
      /\[sidkit:search-index\] Indexed \d+ page\(s\) and 4 activity record\(s\) for search \(ar \d+, en \d+, fr \d+, zh \d+\) in \d+ ms/,
    );
    expect(build.exists('pagefind/pagefind.js')).toBe(true);
  });

  test('puts each page in the index of its own language only', () => {
    for (const language of ['ar', 'en', 'fr', 'zh']) {
      expect(urls(language).length, language).toBeGreaterThan(0);
      for (const url of urls(language)) expect(url, language).toMatch(new RegExp(`^/${language}/`));
    }
    expect(urls('en')).toEqual(
      expect.arrayContaining([
        '/en/alpha/',
        '/en/alpha/about/',
        '/en/alpha/guide/',
        '/en/beta/',
        '/en/alpha/toolkits/pack/',
      ]),
    );
    expect(urls('ar')).toEqual(expect.arrayContaining(['/ar/alpha/', '/ar/alpha/about/', '/ar/alpha/toolkits/pack/']));
  });

  test('leaves fallback pages out: their English text is not in the French, Arabic or Chinese index', () => {
    for (const url of [
      '/fr/alpha/about/',
      '/fr/alpha/guide/',
      '/ar/alpha/get-help/',
      '/zh/alpha/about/',
      '/fr/alpha/toolkits/pack/',
    ])
      expect(record(url), url).toBeUndefined();
    for (const language of ['fr', 'ar', 'zh'])
      expect(
        records(language).some((item) => item.content.includes('ALPHA-EN')),
        language,
      ).toBe(false);
    expect(parsePage(build.read('fr/alpha/about/index.html')).one('[data-pagefind-body]')).toBeUndefined();
  });

  test('indexes only main content, and none of the generated lists, search, finder or 404 pages', () => {
    const about = record('/en/alpha/about/')!;
    expect(about.content).toContain('ALPHA-EN-ABOUT');
    expect(about.content).not.toContain('Alpha Day'); // the header
    expect(about.content).not.toContain('Fixture Organiser'); // the footer
    const generated = /^\/[a-z]+\/(?:(?:search|activities|404)\/|[a-z]+\/toolkits\/(?:for\/[^/]+\/)?)?$/;
    expect(
      bundle.records.map((item) => item.url).filter((url) => generated.test(url) && !/^\/[a-z]+\/[a-z]+\/$/.test(url)),
    ).toEqual([]);
  });

  test('pages carry campaign and kind filters and a title; headings with ids give sub-results', () => {
    expect(record('/en/alpha/about/')).toMatchObject({
      filters: { campaign: ['alpha'], kind: ['page'] },
      meta: { title: 'About alpha' },
    });
    expect(record('/en/alpha/about/')!.anchors).toContainEqual(
      expect.objectContaining({ element: 'h2', id: 'why-alpha' }),
    );
    expect(record('/en/beta/')?.filters.campaign).toEqual(['beta']);
    expect(record('/zh/alpha/')?.meta.title).toBe('阿尔法日');
  });

  test('toolkits carry the audience filter, and audience and minutes as metadata', () => {
    expect(record('/en/alpha/toolkits/pack/')).toMatchObject({
      filters: { campaign: ['alpha'], kind: ['toolkit'], audience: ['ages-11-14'] },
      meta: { title: 'Lighthouse pack', audience: 'Ages 11–14', minutes: '35' },
    });
    expect(record('/ar/alpha/toolkits/pack/')?.meta.audience).toBe(createTranslate('ar')('audience.ages-11-14'));
  });

  test('each activity is a record of its own, at its anchor, with audience, purpose and time filters and a PDF link', () => {
    expect(record('/en/alpha/toolkits/pack/#activity-1')).toMatchObject({
      language: 'en',
      filters: {
        campaign: ['alpha'],
        kind: ['activity'],
        audience: ['ages-11-14'],
        purpose: ['start-conversations'],
        time: ['10', '30', '60'],
      },
      meta: {
        title: 'Lighthouse game',
        minutes: '10',
        toolkit: 'Lighthouse pack',
        pdf: '/sid/en/alpha/toolkits/alpha-pack-en-a4.pdf#nameddest=activity-1',
      },
    });
    expect(record('/en/alpha/toolkits/pack/#activity-2')?.filters.time).toEqual(['30', '60']);
    expect(record('/ar/alpha/toolkits/pack/#activity-1')).toMatchObject({
      language: 'ar',
      meta: { title: 'لعبة المنارة' },
    });
    expect(build.exists('en/alpha/toolkits/alpha-pack-en-a4.pdf')).toBe(true);
    const toolkit = parsePage(build.read('en/alpha/toolkits/pack/index.html'));
    expect(toolkit.all('section[data-sidkit=activity]').map((section) => section.properties.id)).toEqual([
      'activity-1',
      'activity-2',
    ]);
  });
});

describe('search and the finder in the pages', () => {
  test('every campaign page has a search form in its header that submits ?q= to its locale search page, with no script but the header’s own', () => {
    for (const [path, locale] of [
      ['en/alpha/about/', 'en'],
      ['ar/alpha/', 'ar'],
      ['zh/alpha/toolkits/pack/', 'zh'],
    ] as const) {
      const page = parsePage(build.read(`${path}index.html`));
      expect(page.attr('header form[role=search]', 'action'), path).toBe(`${BASE}${locale}/search/`);
      expect(page.attr('header form[role=search] input[type=search]', 'name')).toBe('q');
      expect(page.attr(`header a[href="${BASE}${locale}/search/"]`, 'href')).toBeDefined();
      expect(page.all('script:not([data-header-disclosures])'), path).toEqual([]);
    }
  });

  test('the search page and the finder load one module script each, and link to each other', () => {
    const search = parsePage(build.read('ar/search/index.html'));
    expect(search.attr('html', 'dir')).toBe('rtl');
    expect(search.all('script:not([data-header-disclosures])').map((script) => script.properties.type)).toEqual([
      'module',
    ]);
    expect(search.one(`main a[href="${BASE}ar/activities/"]`)).toBeDefined();
    const finder = parsePage(build.read('en/activities/index.html'));
    expect(finder.all('script:not([data-header-disclosures])').map((script) => script.properties.type)).toEqual([
      'module',
    ]);
    expect(
      parsePage(build.read('en/alpha/toolkits/index.html')).one(`main a[href="${BASE}en/activities/"]`),
    ).toBeDefined();
  });

  test('without JavaScript the finder lists every activity, grouped by age, with links to the activity and its PDFs', () => {
    const finder = parsePage(build.read('fr/activities/index.html'));
    expect(finder.all('main section h2').map((h2) => h2.properties.id)).toEqual(['audience-ages-11-14']);
    const items = finder.all('[data-finder-item]');
    expect(items.map((item) => item.properties.dataMinutes)).toEqual(['10', '25']);
    expect(finder.all('[data-finder-item] h3 a').map((a) => a.properties.href)).toEqual([
      '/sid/fr/alpha/toolkits/pack/#activity-1',
      '/sid/fr/alpha/toolkits/pack/#activity-2',
    ]);
    // The French page falls back to the English pack: its activities say so, and their PDFs are the English ones.
    expect(finder.attr('[data-finder-item] h3', 'lang')).toBe('en');
    expect(finder.text('[data-finder-item]')).toContain('en anglais');
    expect(
      finder
        .all('[data-finder-item] a[data-pdf-destination]')
        .map((a) => a.properties.href)
        .slice(0, 2),
    ).toEqual([
      '/sid/en/alpha/toolkits/alpha-pack-en-a4.pdf#nameddest=activity-1',
      '/sid/en/alpha/toolkits/alpha-pack-en-us-letter.pdf#nameddest=activity-1',
    ]);
    expect(finder.text('[data-finder-item] .pdf-language')).toBe('· anglais');
  });
});

describe('queries through Pagefind in the browser', () => {
  test('English: a word finds the toolkit and its activity, at URLs under the base path', async () => {
    const page = await sitePage('/en/search/');
    const found = await pagefindSearch(page, BUNDLE, 'lighthouse');
    expect(found.map((item) => item.url)).toEqual(
      expect.arrayContaining(['/sid/en/alpha/toolkits/pack/', '/sid/en/alpha/toolkits/pack/#activity-1']),
    );
    expect((await pagefindSearch(page, BUNDLE, 'english')).map((item) => item.url)).toEqual(['/sid/en/alpha/about/']);
  });

  test('Arabic: words find the Arabic pages, with stemming', async () => {
    const page = await sitePage('/ar/search/');
    expect((await pagefindSearch(page, BUNDLE, 'عربي')).map((item) => item.url)).toContain('/sid/ar/alpha/about/');
    const lighthouse = await pagefindSearch(page, BUNDLE, 'المنارة');
    expect(lighthouse.map((item) => item.url)).toEqual(
      expect.arrayContaining(['/sid/ar/alpha/toolkits/pack/', '/sid/ar/alpha/toolkits/pack/#activity-1']),
    );
  });

  test('Chinese: two-character words and a longer phrase find the Chinese page (Pagefind issue #1237)', async () => {
    const page = await sitePage('/zh/search/');
    for (const term of ['网络', '安全', '隐私', '网络安全', '保护个人隐私', '阿尔法']) {
      expect(
        (await pagefindSearch(page, BUNDLE, term)).map((item) => item.url),
        term,
      ).toContain('/sid/zh/alpha/');
    }
  });

  test('a fallback page is not found in the language it is shown in', async () => {
    const page = await sitePage('/fr/search/');
    expect(await pagefindSearch(page, BUNDLE, 'english')).toEqual([]);
    expect(await pagefindSearch(page, BUNDLE, 'lighthouse')).toEqual([]);
  });

  test('activities filtered by age and time: up to 10 minutes finds one, up to 30 both', async () => {
    const page = await sitePage('/en/search/');
    const titles = async (time: string) =>
      (await pagefindSearch(page, BUNDLE, null, { kind: 'activity', audience: 'ages-11-14', time }))
        .map((item) => item.title)
        .sort();
    expect(await titles('10')).toEqual(['Lighthouse game']);
    expect(await titles('30')).toEqual(['Family quiz night', 'Lighthouse game']);
    expect(await titles('long')).toEqual([]);
    expect((await pagefindSearch(page, BUNDLE, 'privacy', { kind: 'activity' })).map((item) => item.title)).toEqual([
      'Family quiz night',
    ]);
  });
});

describe('the search page and the finder in the browser', () => {
  test('the search page reads ?q= and filters from the URL, lists results as headed links and announces the count', async () => {
    const page = await sitePage('/en/search/?q=rough&kind=activity');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toBe('Results: 1');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#search-q').inputValue()).toBe('rough');
    expect(await page.locator('#search-kind').inputValue()).toBe('activity');
    expect(await page.locator('[data-search-results] li h2 a').getAttribute('href')).toBe(
      '/sid/en/alpha/toolkits/pack/#activity-1',
    );
    expect(await page.locator('[data-search-results] li a[type="application/pdf"]').getAttribute('href')).toBe(
      '/sid/en/alpha/toolkits/alpha-pack-en-a4.pdf#nameddest=activity-1',
    );
    await page.locator('#search-kind').selectOption('');
    await page.locator('#search-q').fill('privacy');
    await expect.poll(() => page.url(), SEARCH_WAIT).toBe(`${server.url}/sid/en/search/?q=privacy`);
    await expect
      .poll(() => page.locator('[data-search-results] li h2 a').allTextContents(), SEARCH_WAIT)
      .toContain('Family quiz night');
  });

  test('the header search box works without JavaScript, and the search page then offers links instead', async () => {
    const page = await sitePage('/en/alpha/about/', false);
    await page.locator('header form[role=search] input').fill('lighthouse');
    await page.locator('header form[role=search] input').press('Enter');
    await page.waitForURL(`${server.url}/sid/en/search/?q=lighthouse`);
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
    expect(await page.locator('main noscript').textContent()).toContain('Search needs JavaScript');
    expect(
      await page
        .locator('[data-search-browse] a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/sid/sitemap.xml', '/sid/en/alpha/toolkits/']);
  });

  test('the finder narrows the list to "ages 11-14, up to 10 minutes" and keeps the choice in the URL', async () => {
    const page = await sitePage('/en/activities/');
    expect(await page.locator('[data-finder-item]:visible').count()).toBe(2);
    await page.locator('#finder-time').selectOption('10');
    await page.locator('#finder-audience').selectOption('ages-11-14');
    expect(await page.locator('[data-finder-item]:visible h3').allTextContents()).toEqual(['Lighthouse game']);
    expect(await page.locator('[data-finder-status]').textContent()).toBe('Results: 1');
    expect(page.url()).toBe(`${server.url}/sid/en/activities/?audience=ages-11-14&time=10`);
    await page.reload();
    expect(await page.locator('[data-finder-item]:visible h3').allTextContents()).toEqual(['Lighthouse game']);
  });
});
