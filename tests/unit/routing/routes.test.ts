import { describe, expect, test } from 'vitest';
import { everyLocaleAlternates, hreflangAlternates, languagePickerLinks } from '../../../src/lib/routing/links.ts';
import { campaignNavigation, campaignPageRoutes, type PageRef } from '../../../src/lib/routing/routes.ts';
import { sitemapXml } from '../../../src/lib/routing/sitemap.ts';
import { isValidSlug, slugFromPagePath } from '../../../src/lib/routing/slug.ts';
import { pagePath, withBase } from '../../../src/lib/routing/urls.ts';

const campaign = { id: 'sid', defaultLocale: 'en', locales: ['en', 'fr', 'ar'] };
const page = (locale: string, slug: string, order = 1, title = `${locale}:${slug}`): PageRef => ({
  campaign: 'sid',
  locale,
  slug,
  title,
  order,
});
const pages = [
  page('en', '', 0),
  page('en', 'about', 1),
  page('en', 'help', 2),
  page('fr', '', 0),
  page('ar', 'about', 1),
  page('ar', 'only-ar', 3),
];

describe('slugs and URLs', () => {
  test('file paths become slugs, index files become their folder', () => {
    expect(slugFromPagePath('index.mdx')).toBe('');
    expect(slugFromPagePath('get-help.mdx')).toBe('get-help');
    expect(slugFromPagePath('guides/index.mdx')).toBe('guides');
    expect(slugFromPagePath('guides/first-steps.mdx')).toBe('guides/first-steps');
    expect(isValidSlug('guides/first-steps')).toBe(true);
    expect(isValidSlug('Get Help')).toBe(false);
  });

  test('puts the locale first and respects a base path', () => {
    expect(pagePath('fr', 'sid', '')).toBe('/fr/sid/');
    expect(pagePath('fr', 'sid', 'a/b')).toBe('/fr/sid/a/b/');
    expect(withBase('/', '/fr/sid/')).toBe('/fr/sid/');
    expect(withBase('/sub/', '/fr/sid/')).toBe('/sub/fr/sid/');
    expect(withBase('/sub', 'fr/')).toBe('/sub/fr/');
  });
});

describe('routes and fallbacks', () => {
  const routes = campaignPageRoutes(campaign, pages);
  const find = (locale: string, slug: string) => routes.find((r) => r.locale === locale && r.slug === slug);

  test('serves every default-locale page in every campaign locale', () => {
    for (const locale of campaign.locales)
      for (const slug of ['', 'about', 'help']) expect(find(locale, slug), `${locale}/${slug}`).toBeDefined();
  });

  test('uses the translation where it exists and falls back to the default locale elsewhere', () => {
    expect(find('fr', '')).toMatchObject({ fallback: false, contentLocale: 'fr', entryId: 'sid/fr/index' });
    expect(find('fr', 'about')).toMatchObject({
      fallback: true,
      contentLocale: 'en',
      entryId: 'sid/en/about',
      title: 'en:about',
    });
    expect(find('ar', 'about')).toMatchObject({ fallback: false, contentLocale: 'ar', entryId: 'sid/ar/about' });
  });

  test('lists real translations separately from served locales', () => {
    expect(find('en', 'about')).toMatchObject({ translations: ['en', 'ar'], locales: ['en', 'fr', 'ar'] });
  });

  test('a page only one locale has is served only there, without fallbacks', () => {
    expect(routes.filter((r) => r.slug === 'only-ar').map((r) => r.locale)).toEqual(['ar']);
  });

  test('ignores pages of locales the campaign does not list', () => {
    expect(campaignPageRoutes(campaign, [...pages, page('ru', 'about')]).some((r) => r.locale === 'ru')).toBe(false);
  });

  test('navigation follows page order', () => {
    expect(campaignNavigation(routes, 'sid', 'ar').map((r) => r.slug)).toEqual(['', 'about', 'help', 'only-ar']);
  });
});

describe('links between languages', () => {
  test('a page built in every locale links to each of them, with no x-default', () => {
    expect(everyLocaleAlternates(['en', 'ar'], (locale) => `/${locale}/browse-safely/`)).toEqual([
      { hreflang: 'en', href: '/en/browse-safely/' },
      { hreflang: 'ar', href: '/ar/browse-safely/' },
    ]);
  });

  const href = (locale: string) => `https://x.org/${locale}/sid/about/`;
  const route = { translations: ['en', 'ar'], locales: ['en', 'fr', 'ar'] };

  test('hreflang names only real translations, plus x-default', () => {
    expect(hreflangAlternates(route, 'en', href)).toEqual([
      { hreflang: 'en', href: href('en') },
      { hreflang: 'ar', href: href('ar') },
      { hreflang: 'x-default', href: href('en') },
    ]);
  });

  test('the language picker lists every served locale and flags fallbacks', () => {
    expect(languagePickerLinks(route, href)).toEqual([
      { locale: 'en', href: href('en'), translated: true },
      { locale: 'fr', href: href('fr'), translated: false },
      { locale: 'ar', href: href('ar'), translated: true },
    ]);
  });

  test('the sitemap escapes URLs and carries alternates', () => {
    const xml = sitemapXml([
      { loc: 'https://x.org/en/?a=1&b=2', alternates: [{ hreflang: 'fr', href: 'https://x.org/fr/' }] },
    ]);
    expect(xml).toContain('<loc>https://x.org/en/?a=1&amp;b=2</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://x.org/fr/"/>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });
});
