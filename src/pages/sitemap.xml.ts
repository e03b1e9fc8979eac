/** The sitemap: every translated page and locale home, each with its hreflang alternates. */
import type { APIRoute } from 'astro';
import { hreflangAlternates } from '../lib/routing/links.ts';
import { sitemapXml } from '../lib/routing/sitemap.ts';
import { localeHomePath, pagePath } from '../lib/routing/urls.ts';
import { absoluteHref } from '../site/campaign-chrome.ts';
import { siteData, siteLocales } from '../site/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { campaigns, routes } = await siteData();
  const locales = siteLocales(campaigns);
  const localeHomes = locales.map((locale) => ({
    loc: absoluteHref(localeHomePath(locale), site),
    alternates: locales.map((code) => ({ hreflang: code, href: absoluteHref(localeHomePath(code), site) })),
  }));
  const pages = routes
    .filter((route) => !route.fallback)
    .map((route) => {
      const defaultLocale =
        campaigns.find((campaign) => campaign.id === route.campaign)?.data.defaultLocale ?? route.locale;
      const href = (locale: string) => absoluteHref(pagePath(locale, route.campaign, route.slug), site);
      return { loc: href(route.locale), alternates: hreflangAlternates(route, defaultLocale, href) };
    });
  return new Response(sitemapXml([...localeHomes, ...pages]), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
