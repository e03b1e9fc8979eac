import sharp from 'sharp';
import { expect, test } from 'vitest';
import { formatLongDate } from '../../src/i18n/format.ts';
import { countryName } from '../../src/lib/people/country-groups.ts';
import { useBrowser, visit } from '../helpers/browser.ts';
import { DEMO_LOCALES, demoFiles } from '../helpers/demo-site.ts';
import { parsePage } from '../helpers/html.ts';
import { siteText } from '../helpers/quality/site.ts';

const browser = useBrowser();
const built = (path: string) => parsePage(siteText(demoFiles(), `${path.replace(/^\//, '')}index.html`));
/** The cards a built page shows; a page holds no card it hides. */
const shown = (page: ReturnType<typeof parsePage>) => {
  expect(page.all('[data-supporter][hidden]')).toHaveLength(0);
  return page.all('[data-supporter]');
};
/** The country pages the demo has, by lowercase code, from its built files. */
const countryCodes = [...demoFiles().keys()].flatMap((file) => {
  const match = /^en\/sid-2027\/countries\/([a-z]{2})\/index\.html$/.exec(file);
  return match ? [match[1]!] : [];
});

test.each(DEMO_LOCALES)(
  'the supporters wall in %s shows the 12 samples as lazy logos, marked as samples',
  async (locale) => {
    const page = built(`/${locale}/sid-2027/supporters/`);
    expect(page.attr('html', 'lang')).toBe(locale);
    expect(page.attr('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(page.text('[data-supporters-count]')).toContain(new Intl.NumberFormat(locale).format(12));
    expect(page.attr('[data-supporters-count]', 'role')).toBe('status');
    const cards = shown(page);
    expect(cards).toHaveLength(12);
    expect(page.all('[data-supporter] a[rel="noopener"] [data-sample]')).toHaveLength(12);
    for (const image of page.all('[data-supporter] img')) {
      expect(image.properties).toMatchObject({ loading: 'lazy', decoding: 'async' });
      expect(Number(image.properties.width)).toBeGreaterThan(0);
      expect(Number(image.properties.height)).toBeGreaterThan(0);
      expect(String(image.properties.alt).length).toBeGreaterThan(2);
      expect(String(image.properties.src)).toMatch(/^\/_astro\/.+\.(svg|webp)$/);
      expect(demoFiles().get(String(image.properties.src).slice(1))?.length).toBeGreaterThan(0);
    }
    // A PNG logo goes through Astro's image pipeline: WebP at twice the card's 160 px, its shape kept (600 × 240).
    const png = page.one('[data-supporter="northwind-cloudworks"] img')!;
    expect(String(png.properties.src)).toMatch(/\.webp$/);
    expect([png.properties.width, png.properties.height].map(Number)).toEqual([320, 128]);
    const webp = await sharp(demoFiles().get(String(png.properties.src).slice(1))).metadata();
    expect([webp.format, webp.width, webp.height]).toEqual(['webp', 320, 128]);
    // The note that the samples are made up is on the page itself, not only in the data.
    expect(page.all('main p [data-sample]')).toHaveLength(1);
    expect(page.attr('a.button-primary', 'href')).toBe('mailto:supporters@example.org');
    // The header marks "Take part", and its tabs the wall.
    expect(page.one('header nav a[aria-current="page"]')?.properties.href).toBe(`/${locale}/sid-2027/kit/`);
    expect(page.one('main nav a[aria-current="page"]')?.properties.href).toBe(`/${locale}/sid-2027/supporters/`);
    // The wall is indexed for search once; its filter pages are not.
    expect(page.one('[data-pagefind-body]')).toBeDefined();
    expect(built(`/${locale}/sid-2027/supporters/kind/school/`).one('[data-pagefind-body]')).toBeUndefined();
  },
);

test('a name given in the reader’s language is shown in it, another with its language marked', () => {
  const fr = built('/fr/sid-2027/supporters/');
  expect(fr.text('[data-supporter="nile-bright-futures"]')).toContain('Association Avenir radieux du Nil');
  const zh = built('/zh/sid-2027/supporters/');
  expect(zh.attr('[data-supporter="nile-bright-futures"] img', 'lang')).toBe('en');
});

test('without JavaScript a filter link loads a page with only that kind or country, canonical to itself', async () => {
  const page = await visit(browser(), '/en/sid-2027/supporters/', { javaScriptEnabled: false });
  await page.click('a[data-filter="kind"][data-value="school"]');
  await page.waitForURL('**/supporters/kind/school/');
  expect(await page.locator('[data-supporter]:visible').count()).toBe(4);
  expect(await page.locator('[data-supporters-count]').textContent()).toBe('4 supporters');
  expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(
    /\/en\/sid-2027\/supporters\/kind\/school\/$/,
  );
  await page.click('a[data-filter="country"][data-value="FR"]');
  await page.waitForURL('**/supporters/kind/school/country/fr/');
  expect(await page.locator('[data-supporter]:visible').count()).toBe(1);
  expect(await page.locator('a[data-filter="country"][data-value="FR"]').getAttribute('aria-current')).toBe('page');
  // Every kind and country page the filters link to exists, showing what its link counted.
  for (const [path, count] of [
    ['/en/sid-2027/supporters/country/cn/', 2],
    ['/ru/sid-2027/supporters/kind/ngo/', 4],
  ] as const) {
    const filtered = built(path);
    expect(shown(filtered), path).toHaveLength(count);
    expect(filtered.attr('a[aria-current="page"][data-filter]', 'href')).toBe(path);
  }
});

test('with JavaScript a filter link filters in place, announces the count, and Back restores the wall', async () => {
  const page = await visit(browser(), '/ar/sid-2027/supporters/');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.click('a[data-filter="country"][data-value="CN"]');
  await expect.poll(() => page.url()).toMatch(/\/ar\/sid-2027\/supporters\/country\/cn\/$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(2);
  const count = page.locator('[role="status"][data-supporters-count]');
  expect(await count.textContent()).toBe('داعمان');
  expect(await page.locator('a[data-filter="country"][data-value="CN"]').getAttribute('aria-current')).toBe('page');
  // Kind links now count within China, and lead to China's pages.
  const school = page.locator('a[data-filter="kind"][data-value="school"]');
  expect(await school.getAttribute('href')).toBe('/ar/sid-2027/supporters/kind/school/country/cn/');
  expect(await school.locator('[data-filter-count]').textContent()).toBe(new Intl.NumberFormat('ar').format(1));
  expect(await page.locator('a[data-filter="kind"][data-value="ngo"]').isVisible()).toBe(false);
  await school.click();
  await expect.poll(() => page.url()).toMatch(/\/supporters\/kind\/school\/country\/cn\/$/);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(1);
  // The title names the filter as the filter's own page does.
  const own = built('/ar/sid-2027/supporters/kind/school/country/cn/');
  expect(await page.title()).toBe(own.text('title'));
  await page.goBack();
  await expect.poll(() => page.url()).toMatch(/\/supporters\/country\/cn\/$/);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(2);
  await page.goBack();
  await expect.poll(() => page.url()).toMatch(/\/ar\/sid-2027\/supporters\/$/);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(12);
  expect(await count.textContent()).toBe(`${new Intl.NumberFormat('ar').format(12)} داعمًا`);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a filter page holds only its own cards; with JavaScript its links fetch the wall once and filter in place', async () => {
  for (const locale of DEMO_LOCALES) {
    const wall = shown(built(`/${locale}/sid-2027/supporters/`)).length;
    let cards = 0;
    for (const file of demoFiles().keys())
      if (file.startsWith(`${locale}/sid-2027/supporters/kind/`) && !file.includes('/country/'))
        cards += shown(parsePage(siteText(demoFiles(), file))).length;
    // The kind pages together hold each supporter once: the pages grow with the list, not with the list times the filters.
    expect(cards, locale).toBe(wall);
  }
  const page = await visit(browser(), '/en/sid-2027/supporters/kind/school/country/fr/');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  expect(await page.locator('[data-supporter]').count()).toBe(1);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.click('a[data-filter="country"][data-value=""]');
  await expect.poll(() => page.url()).toMatch(/\/en\/sid-2027\/supporters\/kind\/school\/$/);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(4);
  expect(await page.locator('[data-supporters-count]').textContent()).toBe('4 supporters');
  await page.click('a[data-filter="kind"][data-value=""]');
  await expect.poll(() => page.url()).toMatch(/\/en\/sid-2027\/supporters\/$/);
  expect(await page.locator('[data-supporter]:visible').count()).toBe(12);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(fetched.filter((path) => path.endsWith('/supporters/'))).toEqual(['/en/sid-2027/supporters/']);
  // Should the wall not load, the link loads its own page.
  const offline = await visit(browser(), '/en/sid-2027/supporters/kind/school/');
  await offline.route('**/en/sid-2027/supporters/', (route) => route.abort());
  await offline.click('a[data-filter="country"][data-value="FR"]');
  await offline.waitForURL('**/supporters/kind/school/country/fr/');
  expect(await offline.locator('[data-supporter]').count()).toBe(1);
});

test.each(DEMO_LOCALES)(
  'every country page in %s is headed with its name and lists its help, each last checked',
  (locale) => {
    expect(countryCodes.length).toBeGreaterThanOrEqual(8);
    const list = built(`/${locale}/sid-2027/countries/`);
    expect(list.all('main [data-country-link]')).toHaveLength(countryCodes.length);
    for (const code of countryCodes) {
      const page = built(`/${locale}/sid-2027/countries/${code}/`);
      expect(page.attr('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(page.text('h1')).toBe(countryName(code.toUpperCase(), locale));
      // Each help entry says when it was last checked; a country without any says so.
      const entries = page.all('[data-help-entry]');
      expect(page.all('[data-help-entry] small')).toHaveLength(entries.length);
      if (entries.length === 0) expect(page.text('#country-help + p')).not.toBe('');
    }
    const india = built(`/${locale}/sid-2027/countries/in/`);
    expect(india.all('[data-help-entry]').length).toBeGreaterThan(0);
    // Childline India 1098, last verified on 2026-11-27 in help.yaml.
    expect(india.text('[data-help-entry="childline-india"] small')).toContain(
      formatLongDate('2026-11-27', locale, 'long'),
    );
    expect(india.all('[data-supporter]')).toHaveLength(1);
    expect(india.all('[data-event]')).toHaveLength(1);
  },
);

test.each(DEMO_LOCALES)('the Get help page in %s links to every country page', (locale) => {
  const page = built(`/${locale}/sid-2027/get-help/`);
  const links = page.all('[data-country-pages] a').map((link) => String(link.properties.href));
  expect(links.sort()).toEqual(countryCodes.map((code) => `/${locale}/sid-2027/countries/${code}/`).sort());
});

test('the sitemap lists the wall and the country pages, not the filter pages', () => {
  const sitemap = siteText(demoFiles(), 'sitemap.xml');
  expect(sitemap).toContain('/en/sid-2027/supporters/</loc>');
  expect(sitemap).toContain('/zh/sid-2027/countries/fr/</loc>');
  expect(sitemap).not.toContain('/supporters/kind/');
});
