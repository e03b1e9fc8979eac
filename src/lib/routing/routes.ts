/**
 * The routing model: which page is served at each locale's URL, which of them are
 * translations and which fall back to the default locale's content.
 */
import { pageEntryId } from './slug.ts';

/** What routing needs to know about a campaign. */
export interface CampaignRouting {
  id: string;
  defaultLocale: string;
  locales: readonly string[];
}

/** What routing needs to know about a page entry. */
export interface PageRef {
  campaign: string;
  locale: string;
  slug: string;
  title: string;
  navLabel?: string;
  order: number;
}

/** One page URL of the built site. */
export interface PageRoute {
  campaign: string;
  /** The locale of the URL and of the page chrome. */
  locale: string;
  slug: string;
  /** The content entry rendered here. */
  entryId: string;
  /** The locale the content is written in: the default locale on a fallback page. */
  contentLocale: string;
  /** True when the URL's locale lacks a translation and shows the default locale's text. */
  fallback: boolean;
  /** Locales with a real translation of this page, for hreflang and the sitemap. */
  translations: readonly string[];
  /** Every locale this page is served in, translated or as a fallback, for the language picker. */
  locales: readonly string[];
  title: string;
  navLabel: string;
  order: number;
}

/** Every page route of one campaign: real pages, plus a fallback wherever a campaign locale lacks a default-locale page. */
export function campaignPageRoutes(campaign: CampaignRouting, pages: readonly PageRef[]): PageRoute[] {
  const own = pages.filter((page) => page.campaign === campaign.id && campaign.locales.includes(page.locale));
  const bySlug = new Map<string, Map<string, PageRef>>();
  for (const page of own) {
    const locales = bySlug.get(page.slug) ?? new Map<string, PageRef>();
    locales.set(page.locale, page);
    bySlug.set(page.slug, locales);
  }
  const routes: PageRoute[] = [];
  for (const [slug, byLocale] of bySlug) {
    const source = byLocale.get(campaign.defaultLocale);
    const servedIn = source ? campaign.locales : campaign.locales.filter((locale) => byLocale.has(locale));
    const translations = campaign.locales.filter((locale) => byLocale.has(locale));
    for (const locale of servedIn) {
      const page = byLocale.get(locale) ?? source;
      if (!page) continue;
      routes.push({
        campaign: campaign.id,
        locale,
        slug,
        entryId: pageEntryId(campaign.id, page.locale, slug),
        contentLocale: page.locale,
        fallback: page.locale !== locale,
        translations,
        locales: servedIn,
        title: page.title,
        navLabel: page.navLabel ?? page.title,
        order: page.order,
      });
    }
  }
  return routes;
}

/**
 * Every route of every campaign, in a fixed order: by campaign, slug and locale of the entry,
 * so that routes (and so the sitemap) depend neither on the file system nor on how a build
 * was sliced.
 */
export function siteRoutes(campaigns: readonly CampaignRouting[], pages: readonly PageRef[]): PageRoute[] {
  const pathOf = (ref: PageRef) => `${ref.campaign}\u0000${ref.slug}\u0000${ref.locale}`;
  const sorted = [...pages].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
  return campaigns.flatMap((campaign) => campaignPageRoutes(campaign, sorted));
}

/** The navigation of one campaign in one locale, in page order. */
export function campaignNavigation(routes: readonly PageRoute[], campaign: string, locale: string): PageRoute[] {
  return routes
    .filter((route) => route.campaign === campaign && route.locale === locale)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The slug of the page that the header's "Get help" link points to. */
export const HELP_SLUG = 'get-help';

/** The slug of the page written for children and teenagers themselves. */
export const YOUNG_PEOPLE_SLUG = 'young-people';

/** The slug of the page for parents and carers, which a child may read over their shoulder or in their place. */
export const PARENTS_CARERS_SLUG = 'parents-carers';

/** The section of a campaign that lists its toolkits; toolkit pages sit below it. */
export const TOOLKITS_SLUG = 'toolkits';

/** A route for a generated page that exists in every given locale, such as a toolkit list. */
export function sectionRoute(
  campaign: string,
  locale: string,
  slug: string,
  title: string,
  locales: readonly string[],
): PageRoute {
  return {
    campaign,
    locale,
    slug,
    entryId: '',
    contentLocale: locale,
    fallback: false,
    translations: locales,
    locales,
    title,
    navLabel: title,
    order: 0,
  };
}
