import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage, type Page } from '../helpers/html.ts';

let build: FixtureBuild;
const page = (path: string): Page => parsePage(build.read(`${path.replace(/^\//, '')}index.html`));

beforeAll(() => {
  build = buildFixture('multilingual', { SIDKIT_SITE: 'https://sid.example.net' });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('pages for each locale', () => {
  test('a page saved with a byte-order mark and Windows line endings (alpha/fr/index.mdx) keeps its frontmatter', () => {
    const fr = page('/fr/alpha/');
    expect(fr.attr('meta[name=description]', 'content')).toBe('La page d’accueil alpha.');
    expect(fr.text('main')).toContain('ALPHA-FR-HOME');
    expect(fr.text('main')).not.toContain('order: 0');
  });

  test('every default-locale page exists in every campaign locale', () => {
    for (const locale of ['en', 'fr', 'ar', 'zh']) {
      for (const slug of ['', 'about/', 'get-help/', 'guide/'])
        expect(build.exists(`${locale}/alpha/${slug}index.html`), `${locale}/alpha/${slug}`).toBe(true);
    }
  });

  test('a campaign is only published in its own locales', () => {
    expect(build.exists('en/beta/index.html')).toBe(true);
    expect(build.exists('fr/beta/index.html')).toBe(false);
    expect(
      page('/fr/')
        .all('main li h2 a')
        .map((a) => a.properties.href),
    ).toEqual(['/fr/alpha/']);
    expect(
      page('/en/')
        .all('main li h2 a')
        .map((a) => a.properties.href),
    ).toEqual(['/en/alpha/', '/en/beta/']);
  });

  test('each locale has its own 404 page, and the site one speaks every language', () => {
    for (const locale of ['en', 'fr', 'ar', 'zh']) expect(build.exists(`${locale}/404.html`), locale).toBe(true);
    expect(parsePage(build.read('ar/404.html')).text('h1')).toBe('الصفحة غير موجودة');
    const site404 = parsePage(build.read('404.html'));
    expect(site404.all('main section[lang]').map((s) => s.properties.lang)).toEqual(['en', 'fr', 'ar', 'zh']);
  });
});

describe('language and direction', () => {
  test('html lang and dir follow the URL locale', () => {
    expect(page('/ar/alpha/about/').attr('html', 'lang')).toBe('ar');
    expect(page('/ar/alpha/about/').attr('html', 'dir')).toBe('rtl');
    expect(page('/zh/alpha/').attr('html', 'lang')).toBe('zh');
    expect(page('/zh/alpha/').attr('html', 'dir')).toBe('ltr');
    expect(page('/fr/alpha/').attr('html', 'dir')).toBe('ltr');
  });

  test('translated content is shown where it exists', () => {
    expect(page('/ar/alpha/about/').text('article')).toContain('ALPHA-AR-ABOUT');
    expect(page('/ar/alpha/about/').one('.fallback-notice')).toBeUndefined();
  });

  test('the day is formatted in each language', () => {
    expect(page('/fr/alpha/').text('footer')).toContain('mardi 9 février 2027');
    expect(page('/zh/alpha/').text('footer')).toContain('2027年2月9日星期二');
    expect(page('/ar/alpha/').text('footer')).toContain('فبراير');
  });

  test('lists are joined the way each language joins them', () => {
    expect(page('/fr/alpha/').text('footer')).toContain('Partenaires : Partner One et Partner Two');
    expect(page('/zh/alpha/').text('footer')).toContain('Partner One和Partner Two');
  });
});

describe('fallback pages', () => {
  test('show the default-locale content with a notice in the visitor language', () => {
    const fr = page('/fr/alpha/about/');
    expect(fr.text('.fallback-notice')).toContain('Cette page n’est pas encore traduite');
    expect(fr.text('.fallback-notice')).toContain('anglais');
    expect(fr.text('article')).toContain('ALPHA-EN-ABOUT');
    const zh = page('/zh/alpha/about/');
    expect(zh.text('.fallback-notice')).toContain('本页尚未翻译');
  });

  test('the fallback content carries its own lang and dir inside the visitor page', () => {
    const ar = page('/ar/alpha/get-help/');
    expect(ar.attr('html', 'dir')).toBe('rtl');
    expect(ar.attr('article', 'lang')).toBe('en');
    expect(ar.attr('article', 'dir')).toBe('ltr');
  });

  test('point search engines at the original', () => {
    expect(page('/fr/alpha/about/').attr('link[rel=canonical]', 'href')).toBe(
      'https://sid.example.net/en/alpha/about/',
    );
  });
});

describe('hreflang and sitemap', () => {
  test('alternates list real translations and x-default only', () => {
    const links = page('/en/alpha/about/')
      .all('link[rel=alternate][hreflang]')
      .map((l) => [l.properties.hrefLang, l.properties.href]);
    expect(links).toEqual([
      ['en', 'https://sid.example.net/en/alpha/about/'],
      ['ar', 'https://sid.example.net/ar/alpha/about/'],
      ['x-default', 'https://sid.example.net/en/alpha/about/'],
    ]);
  });

  test('the sitemap lists translations with the same alternates and leaves fallbacks out', () => {
    const xml = build.read('sitemap.xml');
    expect(xml).toContain(
      '<url><loc>https://sid.example.net/ar/alpha/about/</loc><xhtml:link rel="alternate" hreflang="en" href="https://sid.example.net/en/alpha/about/"/><xhtml:link rel="alternate" hreflang="ar" href="https://sid.example.net/ar/alpha/about/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://sid.example.net/en/alpha/about/"/></url>',
    );
    expect(xml).not.toContain('<loc>https://sid.example.net/fr/alpha/about/</loc>');
    expect(xml).toContain('<loc>https://sid.example.net/zh/alpha/</loc>');
  });

  // Each <url> of the sitemap as its location and its [hreflang, href] alternates.
  const sitemapUrls = () =>
    new Map(
      [...build.read('sitemap.xml').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => [
        loc!,
        [...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, href]),
      ]),
    );
  const SITE = 'https://sid.example.net';

  test('the sitemap lists toolkits, toolkit lists and audience lists with their alternates, and no fallback toolkit', () => {
    const urls = sitemapUrls();
    const everyLocale = (path: string) => [
      ...['en', 'fr', 'ar', 'zh'].map((locale) => [locale, `${SITE}/${locale}/alpha/${path}`]),
      ['x-default', `${SITE}/en/alpha/${path}`],
    ];
    // The pack is written in English and Arabic; French and Chinese show the English one as a fallback.
    const pack = [
      ['en', `${SITE}/en/alpha/toolkits/pack/`],
      ['ar', `${SITE}/ar/alpha/toolkits/pack/`],
      ['x-default', `${SITE}/en/alpha/toolkits/pack/`],
    ];
    expect(urls.get(`${SITE}/en/alpha/toolkits/pack/`)).toEqual(pack);
    expect(urls.get(`${SITE}/ar/alpha/toolkits/pack/`)).toEqual(pack);
    expect(urls.has(`${SITE}/fr/alpha/toolkits/pack/`)).toBe(false);
    expect(urls.has(`${SITE}/zh/alpha/toolkits/pack/`)).toBe(false);
    // The lists are generated in every locale that serves toolkits, fallbacks included: they are not fallbacks themselves.
    for (const locale of ['en', 'fr', 'ar', 'zh']) {
      expect(urls.get(`${SITE}/${locale}/alpha/toolkits/`), locale).toEqual(everyLocale('toolkits/'));
      expect(urls.get(`${SITE}/${locale}/alpha/toolkits/for/ages-11-14/`), locale).toEqual(
        everyLocale('toolkits/for/ages-11-14/'),
      );
    }
    // beta has no toolkits, so no toolkit list.
    expect([...urls.keys()].filter((loc) => loc.includes('/beta/toolkits'))).toEqual([]);
  });

  test('every sitemap URL is a built page whose own hreflang links match its sitemap alternates', () => {
    const urls = sitemapUrls();
    expect(urls.size).toBeGreaterThan(20);
    for (const [loc, alternates] of urls) {
      const built = page(loc.slice(SITE.length));
      const links = built
        .all('link[rel=alternate][hreflang]')
        .map((link) => [link.properties.hrefLang, link.properties.href]);
      expect(links, loc).toEqual(alternates);
    }
  });
});

describe('language picker and header', () => {
  test('links to the same page in every served locale and flags untranslated ones', () => {
    const links = page('/ar/alpha/about/')
      .all('.language-picker a')
      .map((a) => ({ lang: a.properties.lang, href: a.properties.href, note: a.children.length > 1 }));
    expect(links).toEqual([
      { lang: 'en', href: '/en/alpha/about/', note: false },
      { lang: 'fr', href: '/fr/alpha/about/', note: true },
      { lang: 'ar', href: '/ar/alpha/about/', note: false },
      { lang: 'zh', href: '/zh/alpha/about/', note: true },
    ]);
  });

  test('nested pages keep their path across languages', () => {
    expect(
      page('/zh/alpha/guide/')
        .all('.language-picker a')
        .map((a) => a.properties.href),
    ).toContain('/fr/alpha/guide/');
  });

  test('the Get help link is on every page, in the page language, with campaign overrides', () => {
    expect(page('/zh/alpha/about/').text('header a[href="/zh/alpha/get-help/"]')).toBe('寻求帮助');
    expect(page('/fr/alpha/').text('header a[href="/fr/alpha/get-help/"]')).toBe('Besoin d’aide ?');
    expect(page('/en/beta/').one('header a[href="/en/beta/"]')).toBeDefined();
  });

  test('pages ship no client JavaScript but the header’s inline lines that close its menus', () => {
    const scripts = page('/en/alpha/about/').all('script');
    expect(scripts.map((script) => Object.keys(script.properties))).toEqual([['dataHeaderDisclosures']]);
  });
});

describe('help directory', () => {
  test('an entry not verified for over 12 months is a warning in the build output, and the build goes on', () => {
    expect(build.status).toBe(0);
    expect(build.output).toMatch(/⚠ Help entry not checked for over a year {2}\(.*alpha\/help\.yaml:8\)/);
    expect(
      page('/en/alpha/get-help/').text('[data-help-directory="helpline"] [data-help-entry="childline-india"]'),
    ).toContain('1098');
  });
});

describe('the site root', () => {
  test('lists every language as plain links and redirects by navigator.languages when scripts run', () => {
    const root = parsePage(build.read('index.html'));
    expect(root.all('main a').map((a) => a.properties.href)).toEqual(['/en/', '/fr/', '/ar/', '/zh/']);
    expect(root.text('main script')).toContain('navigator.languages');
  });
});

describe('icons and link previews of several campaigns', () => {
  const head = (path: string) => {
    const built = page(path);
    return {
      icon: built.attr('link[rel="icon"][type="image/svg+xml"]', 'href'),
      manifest: built.attr('link[rel="manifest"]', 'href'),
      theme: built.attr('meta[name="theme-color"]', 'content'),
    };
  };

  test('each campaign’s pages link its own icons, manifest and colour; other pages those of the newest campaign of their language', () => {
    expect(head('/en/beta/')).toEqual({
      icon: '/icons/beta/favicon.svg',
      manifest: '/en/beta/manifest.webmanifest',
      theme: '#14532d',
    });
    const alpha = { icon: '/icons/alpha/favicon.svg', theme: '#7c2d12' };
    expect(head('/fr/alpha/about/')).toEqual({ ...alpha, manifest: '/fr/alpha/manifest.webmanifest' });
    expect(head('/')).toEqual({ ...alpha, manifest: '/en/alpha/manifest.webmanifest' });
    expect(head('/en/')).toEqual({ ...alpha, manifest: '/en/alpha/manifest.webmanifest' });
    expect(build.exists('fr/beta/manifest.webmanifest')).toBe(false);
  });

  test('a campaign without a logo gets icons of its brand colour, and without a key visual share cards with sidkit’s own', async () => {
    const png = readFileSync(join(build.outDir, 'icons/beta/icon-192.png'));
    const centre = await sharp(png).extract({ left: 96, top: 96, width: 1, height: 1 }).raw().toBuffer();
    expect([...centre]).toEqual([0x14, 0x53, 0x2d, 255]);
    const about = page('/en/alpha/about/');
    expect(about.attr('meta[property="og:image"]', 'content')).toBe(
      'https://sid.example.net/en/alpha/about/share-card.png',
    );
    expect(about.attr('meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect(about.attr('meta[property="og:url"]', 'content')).toBe('https://sid.example.net/en/alpha/about/');
    expect(await sharp(readFileSync(join(build.outDir, 'en/alpha/about/share-card.png'))).metadata()).toMatchObject({
      width: 1200,
      height: 630,
    });
  });
});
