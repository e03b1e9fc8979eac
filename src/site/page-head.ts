/**
 * The metadata every page's `<head>` carries besides its title and hreflang links: the icons
 * and manifest of the campaign it belongs to (or of the newest campaign, on pages that belong
 * to none), its theme colour, and its Open Graph and Twitter tags. One helper for every
 * layout and page, so no page can lack them.
 */
import { formatLongDate } from '../i18n/format.ts';
import { createTranslate } from '../i18n/translate.ts';
import { SHARE_CARD_SIZE, shareCardAlt, shareCardText } from '../lib/kit/pictures/share-card.ts';
import { iconLinks, type HeadLink } from '../lib/meta/app-icons.ts';
import { socialMetaTags, type MetaTag } from '../lib/meta/social-tags.ts';
import { shareCardPath } from '../lib/routing/kit-files.ts';
import { absoluteHref, siteHref } from './campaign-chrome.ts';
import type { Campaign } from './data.ts';

/** What BaseLayout writes into the head of a page, besides title, description and hreflang links. */
export interface PageHead {
  links: HeadLink[];
  meta: MetaTag[];
  /** The brand colour; undefined on a site with no campaign yet. */
  themeColour?: string;
}

/** What a page tells `pageHead` about itself. */
export interface PageHeadInput {
  /** The campaign whose icons and link-preview picture the page shows; undefined on a site with no campaign yet. */
  campaign: Campaign | undefined;
  locale: string;
  title: string;
  description: string;
  /** The page's absolute address (its canonical URL); undefined for 404 pages, which have none. */
  url?: string;
  /** The page's hreflang alternates: their locales become `og:locale:alternate`. */
  alternates?: readonly { hreflang: string }[];
  /** The build's site address; without one no absolute URL can be given, so none is. */
  site: URL | undefined;
  /** The campaign page the head belongs to, whose own share card it shows; pages of no campaign show the campaign home's. */
  page?: { slug: string; title: string };
}

/** The locale of a campaign's own files (manifest, the home page's share card) that a page in `locale` uses. */
export function campaignLocaleFor(campaign: Campaign, locale: string): string {
  return campaign.data.locales.includes(locale) ? locale : campaign.data.defaultLocale;
}

/** The page's share card (drawn after the build by src/integrations/render-kit-pictures.ts), with its words as its text alternative. */
function shareCard(campaign: Campaign, locale: string, page: PageHeadInput['page'], site: URL) {
  const text = shareCardText({
    title: page?.title ?? '',
    campaignTitle: campaign.data.title[locale] ?? campaign.id,
    tagline: campaign.data.tagline[locale] ?? '',
    date: formatLongDate(campaign.data.date, locale, 'long'),
  });
  const path = shareCardPath(locale, campaign.id, page?.slug ?? '');
  const alt = shareCardAlt(text, createTranslate(locale, campaign.data.ui));
  return { url: absoluteHref(path, site), ...SHARE_CARD_SIZE, alt };
}

/** Icons, theme colour and link-preview tags for one page. */
export function pageHead(input: PageHeadInput): PageHead {
  const { campaign, site } = input;
  const locale = campaign ? campaignLocaleFor(campaign, input.locale) : input.locale;
  const title = campaign ? (campaign.data.title[locale] ?? campaign.id) : input.title;
  const image = site && campaign ? shareCard(campaign, locale, input.page, site) : undefined;
  return {
    links: campaign ? iconLinks(campaign.id, locale, siteHref) : [],
    meta: socialMetaTags({
      title: input.title,
      description: input.description,
      siteName: title,
      locale: input.locale,
      alternateLocales: (input.alternates ?? []).map((item) => item.hreflang).filter((code) => code !== 'x-default'),
      url: site ? input.url : undefined,
      image,
    }),
    themeColour: campaign?.data.brand.primary,
  };
}

/**
 * The campaign whose icons and picture a page that belongs to no campaign shows (a locale's
 * campaign list, search, 404s, the root): the newest published in its locale, else the newest.
 */
export function campaignForLocalePage(campaigns: readonly Campaign[], locale: string): Campaign | undefined {
  return campaigns.find((item) => item.data.locales.includes(locale)) ?? campaigns[0];
}
