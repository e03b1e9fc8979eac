import sharp from 'sharp';
import { expect, test } from 'vitest';
import { ogLocale } from '../../src/lib/meta/og-locale.ts';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { demo, demoFiles, demoUrl, DEMO_LOCALES } from '../helpers/demo-site.ts';
import { parsePage, type Page } from '../helpers/html.ts';
import { fileForPath, fileUrl, locate } from '../helpers/quality/site.ts';

const getBrowser = useBrowser();

const pages = () =>
  [...demoFiles()]
    .filter(([file]) => file.endsWith('.html'))
    .map(([file, content]) => [file, parsePage(content.toString('utf8'))] as const);

const meta = (page: Page, key: string) =>
  page.all(`meta[property="${key}"], meta[name="${key}"]`).map((tag) => String(tag.properties.content));
const linkHref = (page: Page, selector: string) => page.attr(`head link${selector}`, 'href');

// The file of the built site a URL written in `from` points at, or undefined when there is none.
const fileAt = (url: string | undefined, from: string) => {
  if (!url) return undefined;
  const location = locate(url, from, demo.address);
  return location.kind === 'internal' && location.path !== undefined
    ? fileForPath(location.path, (file) => demoFiles().has(file))
    : undefined;
};

test('every page links existing icons, a manifest and a theme colour in its head', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(40);
  const problems = all.flatMap(([file, page]) => {
    const wanted = {
      'png favicon': linkHref(page, '[rel="icon"][type="image/png"][sizes="32x32"]'),
      'svg favicon': linkHref(page, '[rel="icon"][type="image/svg+xml"]'),
      'apple-touch-icon': linkHref(page, '[rel="apple-touch-icon"]'),
      manifest: linkHref(page, '[rel="manifest"]'),
    };
    const missing = Object.entries(wanted)
      .filter(([, href]) => !fileAt(href, file))
      .map(([what, href]) => `${file}: ${what} ${href ?? 'not linked'}`);
    return meta(page, 'theme-color').length === 1 ? missing : [...missing, `${file}: no theme-color`];
  });
  expect(problems).toEqual([]);
});

test('every page has Open Graph and Twitter tags matching its title, language, address and translations', () => {
  const problems = pages().flatMap(([file, page]) => {
    const lang = page.attr('html', 'lang')!;
    const canonical = page.attr('link[rel="canonical"]', 'href');
    const alternates = page
      .all('link[rel="alternate"][hreflang]')
      .map((link) => String(link.properties.hrefLang))
      .filter((code) => code !== 'x-default' && code !== lang);
    const found = {
      type: meta(page, 'og:type'),
      title: meta(page, 'og:title'),
      description: meta(page, 'og:description'),
      siteName: meta(page, 'og:site_name').length,
      url: meta(page, 'og:url'),
      locale: meta(page, 'og:locale'),
      alternates: meta(page, 'og:locale:alternate').sort(),
      card: meta(page, 'twitter:card'),
      imageAlt: meta(page, 'og:image:alt').length,
    };
    const expected = {
      type: ['website'],
      title: [page.text('title')],
      description: [page.attr('meta[name="description"]', 'content')],
      siteName: 1,
      // A 404 page has no address of its own; any other page's is its canonical one, or where it is served.
      url: file.endsWith('404.html') ? [] : [canonical ?? fileUrl(file, demo.address).href],
      locale: [ogLocale(lang)],
      alternates: [...new Set(alternates)].map(ogLocale).sort(),
      card: ['summary_large_image'],
      imageAlt: 1,
    };
    return JSON.stringify(found) === JSON.stringify(expected)
      ? []
      : [`${file}:\n  found    ${JSON.stringify(found)}\n  expected ${JSON.stringify(expected)}`];
  });
  expect(problems).toEqual([]);
});

test('og:image and og:url are absolute addresses on the published site, and the picture is the page’s own 1200×630 share card', async () => {
  const images = new Set<string>();
  for (const [file, page] of pages()) {
    const [image] = meta(page, 'og:image');
    for (const url of [image, ...meta(page, 'og:url')]) expect(url, file).toMatch(/^https:\/\/sid\.example\.net\//);
    expect(fileAt(image, file), `${file}: ${image}`).toBeDefined();
    // A campaign page shows its own card (a supporters filter page its wall's); a page of no campaign (locale home,
    // search, 404s, the root) its campaign home's.
    const campaignPage = /^[a-z-]+\/sid-2027\//.exec(file);
    const expected = campaignPage
      ? file.replace(/(\/supporters\/).+\/index\.html$/, '$1index.html').replace(/index\.html$/, 'share-card.png')
      : /^[a-z]{2}\/sid-2027\/share-card\.png$/;
    expect(fileAt(image, file), file).toMatch(expected);
    images.add(fileAt(image, file)!);
  }
  for (const locale of DEMO_LOCALES) expect(images, locale).toContain(`${locale}/sid-2027/share-card.png`);
  for (const image of images) {
    expect(await sharp(demoFiles().get(image)).metadata(), image).toMatchObject({
      format: 'png',
      width: 1200,
      height: 630,
    });
  }
});

test('the icons have their sizes, and each locale’s manifest its language, direction, brand colour and icons', async () => {
  const sizes = await Promise.all(
    ['favicon-32.png', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png'].map(async (name) => {
      const { width, height } = await sharp(demoFiles().get(`icons/sid-2027/${name}`)).metadata();
      return [name, width, height];
    }),
  );
  expect(sizes).toEqual([
    ['favicon-32.png', 32, 32],
    ['apple-touch-icon.png', 180, 180],
    ['icon-192.png', 192, 192],
    ['icon-512.png', 512, 512],
  ]);
  for (const locale of DEMO_LOCALES) {
    const manifest = JSON.parse(demoFiles().get(`${locale}/sid-2027/manifest.webmanifest`)!.toString('utf8'));
    expect(manifest).toMatchObject({
      lang: locale,
      dir: locale === 'ar' ? 'rtl' : 'ltr',
      theme_color: '#1d4ed8',
      start_url: `/${locale}/sid-2027/`,
    });
    for (const icon of manifest.icons) expect(demoFiles().has(icon.src.slice(1)), icon.src).toBe(true);
  }
});

test('a browser gets no 404 for an icon, on a page or asking for /favicon.ico', async () => {
  const failed: string[] = [];
  const loaded: string[] = [];
  for (const path of ['/', '/en/', '/en/sid-2027/', '/ar/404.html', '/404.html']) {
    const page = await openPage(getBrowser());
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('404.html')) failed.push(response.url());
      else if (/favicon|icons\//.test(response.url())) loaded.push(new URL(response.url()).pathname);
    });
    await page.goto(demoUrl(path), { waitUntil: 'networkidle' });
  }
  expect(failed).toEqual([]);
  console.log(`Icons a browser loaded on 5 first visits: ${loaded.join(', ') || 'none'}`);
  const ico = await fetch(demoUrl('/favicon.ico'));
  expect([ico.status, ico.headers.get('content-type')]).toEqual([200, 'image/x-icon']);
  const icon = await sharp(Buffer.from(await ico.arrayBuffer()).subarray(22)).metadata();
  expect([icon.format, icon.width]).toEqual(['png', 32]);
});
