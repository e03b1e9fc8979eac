/**
/**
 * The header, brand and head links of pages outside any one campaign: the search page, the
 * activity finder and each locale's list of campaigns, and the root and 404 pages. Their
 * header takes its brand, logo, "Get help" page and quick-exit address from the newest
 * campaign (src/lib/routing/get-help.ts).
 */
import { createTranslate } from '../i18n/translate.ts';
import { helpCampaignFor } from '../lib/routing/get-help.ts';
import { everyLocaleAlternates } from '../lib/routing/links.ts';
import { localeHomePath, pagePath, searchPagePath } from '../lib/routing/urls.ts';
import { absoluteHref, brandStyle, campaignLogo, helpHref, siteHref } from './campaign-chrome.ts';
import { siteLocales, type SiteData } from './data.ts';
import { quickExitHref } from './quick-exit-href.ts';

/**
 * The header of a page outside any campaign, in `locale`, without language links, search or
 * navigation: the root page and the site-wide 404 use it as it is.
 */
export function siteChrome(locale: string, data: Pick<SiteData, 'campaigns' | 'routes'>) {
  const routing = data.campaigns.map((campaign) => ({ id: campaign.id, ...campaign.data }));
  const help = helpCampaignFor(routing, locale);
  const brand = data.campaigns.find((campaign) => campaign.id === help?.campaign);
  return {
    header: {
      locale,
      title: createTranslate(locale)('campaigns.title'),
      homeHref: siteHref(localeHomePath(locale)),
      helpHref: help ? helpHref(data.routes, help.campaign, help.locale) : siteHref(localeHomePath(locale)),
      logoSvg: brand && campaignLogo(brand),
    },
    brandStyle: brand ? brandStyle(brand) : undefined,
    exitHref: quickExitHref(brand?.data, locale),
  };
}

/** Header props and head links for the locale page at `pathOf(locale)`, which exists in every site locale. */
export function localeChrome(
  locale: string,
  pathOf: (locale: string) => string,
  data: Pick<SiteData, 'campaigns' | 'routes'>,
  site: URL | undefined,
) {
  const { header, brandStyle, exitHref } = siteChrome(locale, data);
  const locales = siteLocales(data.campaigns);
  return {
    header: {
      ...header,
      nav: data.campaigns
        .filter((campaign) => campaign.data.locales.includes(locale))
        .map((campaign) => ({
          href: siteHref(pagePath(locale, campaign.id, '')),
          label: campaign.data.title[locale] ?? campaign.id,
          current: false,
        })),
      languages: locales.map((code) => ({ locale: code, href: siteHref(pathOf(code)), translated: true })),
      searchHref: pathOf === searchPagePath ? undefined : siteHref(searchPagePath(locale)),
    },
    alternates: everyLocaleAlternates(locales, (code) => absoluteHref(pathOf(code), site)),
    canonical: absoluteHref(pathOf(locale), site),
    brandStyle,
    exitHref,
  };
}
