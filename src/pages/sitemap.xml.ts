/**
 * The sitemap: every locale home, campaign page, toolkit list (all toolkits and each
 * audience), toolkit, campaign kit, events page, supporters wall and country page in the locales it is written in, and each locale's
 * "Browse safely" page, each with its hreflang alternates. Fallback pages are left out.
 */
import type { APIRoute } from 'astro';
import { everyLocaleAlternates, hreflangAlternates, localeHomeAlternates } from '../lib/routing/links.ts';
import type { PageRoute } from '../lib/routing/routes.ts';
import { sitemapXml, type SitemapEntry } from '../lib/routing/sitemap.ts';
import { browseSafelyPath, localeHomePath, pagePath } from '../lib/routing/urls.ts';
import { absoluteHref } from '../site/campaign-chrome.ts';
import { siteData, siteLocales } from '../site/data.ts';
import { KIT_SLUG } from '../lib/routing/kit-files.ts';
import { EVENTS_SLUG } from '../lib/routing/people-files.ts';
import { hasEventsPage } from '../site/event-pages.ts';
import { campaignCountryPages, COUNTRIES_SLUG, hasSupportersWall, SUPPORTERS_SLUG } from '../site/people-pages.ts';
import { toolkitListPages } from '../site/toolkit-lists.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const { campaigns } = data;
  const locales = siteLocales(campaigns);
  const defaultLocale = new Map(campaigns.map((campaign) => [campaign.id, campaign.data.defaultLocale]));
  const entry = (page: Pick<PageRoute, 'campaign' | 'locale' | 'slug' | 'translations'>): SitemapEntry => {
    const href = (locale: string) => absoluteHref(pagePath(locale, page.campaign, page.slug), site);
    return {
      loc: href(page.locale),
      alternates: hreflangAlternates(page, defaultLocale.get(page.campaign) ?? page.locale, href),
    };
  };
  const localeHomes = locales.map((locale) => ({
    loc: absoluteHref(localeHomePath(locale), site),
    alternates: localeHomeAlternates(locales, (path) => absoluteHref(path, site)),
  }));
  const browseSafely = locales.map((locale) => ({
    loc: absoluteHref(browseSafelyPath(locale), site),
    alternates: everyLocaleAlternates(locales, (code) => absoluteHref(browseSafelyPath(code), site)),
  }));
  const translated = (routes: readonly PageRoute[]) => routes.filter((route) => !route.fallback).map(entry);
  const lists = toolkitListPages(data).map((list) => entry({ ...list, translations: list.locales }));
  // A campaign's own pages (kit, events) exist in every locale it publishes in.
  const campaignSections = (slug: string, has: (campaign: string) => boolean = () => true) =>
    campaigns
      .filter((campaign) => has(campaign.id))
      .flatMap((campaign) =>
        campaign.data.locales.map((locale) =>
          entry({ campaign: campaign.id, locale, slug, translations: campaign.data.locales }),
        ),
      );
  // The supporters wall, not its filter pages (the same supporters again), and the country pages with their list.
  const people = campaigns.flatMap((campaign) => {
    const countries = campaignCountryPages(campaign.id);
    const slugs = [
      ...(hasSupportersWall(campaign.id) ? [SUPPORTERS_SLUG] : []),
      ...(countries.length > 0 ? [COUNTRIES_SLUG] : []),
      ...countries.map((page) => `${COUNTRIES_SLUG}/${page.code.toLowerCase()}`),
    ];
    return slugs.flatMap((slug) =>
      campaign.data.locales.map((locale) =>
        entry({ campaign: campaign.id, locale, slug, translations: campaign.data.locales }),
      ),
    );
  });
  return new Response(
    sitemapXml([
      ...localeHomes,
      ...translated(data.routes),
      ...lists,
      ...translated(data.toolkitRoutes),
      ...campaignSections(KIT_SLUG),
      ...campaignSections(EVENTS_SLUG, hasEventsPage),
      ...people,
      ...browseSafely,
    ]),
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
