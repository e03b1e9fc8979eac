/**
 * The header, brand and head links of a page that belongs to a locale rather than to one
 * campaign: the search page and the activity finder. The header links to the campaigns
 * published in the locale, and takes its brand, "Get help" page and quick-exit address from
 * the newest of them.
 */
import { createTranslate } from '../i18n/translate.ts';
import { everyLocaleAlternates } from '../lib/routing/links.ts';
import { HELP_SLUG } from '../lib/routing/routes.ts';
import { localeHomePath, pagePath, searchPagePath } from '../lib/routing/urls.ts';
import { absoluteHref, brandStyle, siteHref } from './campaign-chrome.ts';
import { siteLocales, type SiteData } from './data.ts';
import { quickExitHref } from './quick-exit-href.ts';

/** Header props and head links for the locale page at `pathOf(locale)`, which exists in every site locale. */
export function localeChrome(
  locale: string,
  pathOf: (locale: string) => string,
  data: Pick<SiteData, 'campaigns' | 'routes'>,
  site: URL | undefined,
) {
  const t = createTranslate(locale);
  const campaigns = data.campaigns.filter((campaign) => campaign.data.locales.includes(locale));
  const newest = campaigns[0];
  const hasHelp = data.routes.some(
    (route) => route.campaign === newest?.id && route.locale === locale && route.slug === HELP_SLUG,
  );
  const locales = siteLocales(data.campaigns);
  return {
    header: {
      locale,
      title: t('campaigns.title'),
      homeHref: siteHref(localeHomePath(locale)),
      helpHref: newest
        ? siteHref(pagePath(locale, newest.id, hasHelp ? HELP_SLUG : ''))
        : siteHref(localeHomePath(locale)),
      nav: campaigns.map((campaign) => ({
        href: siteHref(pagePath(locale, campaign.id, '')),
        label: campaign.data.title[locale] ?? campaign.id,
        current: false,
      })),
      languages: locales.map((code) => ({ locale: code, href: siteHref(pathOf(code)), translated: true })),
      searchHref: pathOf === searchPagePath ? undefined : siteHref(searchPagePath(locale)),
    },
    alternates: everyLocaleAlternates(locales, (code) => absoluteHref(pathOf(code), site)),
    canonical: absoluteHref(pathOf(locale), site),
    brandStyle: newest ? brandStyle(newest) : undefined,
    exitHref: quickExitHref(newest?.data, locale),
  };
}
