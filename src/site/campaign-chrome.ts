/**
 * Everything a campaign page needs around its content: brand variables, header links and
 * navigation, alternates. Built from the routes so that .astro files stay thin.
 */
import { localeInfo } from '../i18n/locales.ts';
import { createTranslate } from '../i18n/translate.ts';
import { hreflangAlternates, languagePickerLinks } from '../lib/routing/links.ts';
import { campaignHelpPath } from '../lib/routing/get-help.ts';
import { KIT_SLUG, kitPagePath } from '../lib/routing/kit-files.ts';
import { supportersPagePath } from '../lib/routing/people-files.ts';
import { campaignNavigation, TOOLKITS_SLUG, type PageRoute } from '../lib/routing/routes.ts';
import { pagePath, searchPagePath, withBase } from '../lib/routing/urls.ts';
import { cachedInBuild } from './build-cache.ts';
import { hasSupportersWall, SUPPORTERS_SLUG } from './people-pages.ts';
import { campaignLogoSvg, type Campaign, type SiteData } from './data.ts';

/** A site-relative URL honouring the configured base path. */
export function siteHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL on the configured site, for canonical and hreflang links. */
export function absoluteHref(path: string, site: URL | undefined): string {
  return site ? new URL(siteHref(path), site).href : siteHref(path);
}

/** Inline custom properties that apply the campaign's brand to Tailwind's theme variables. */
export function brandStyle(campaign: Campaign): string {
  const { primary, accent } = campaign.data.brand;
  return `--color-brand:${primary};${accent ? `--color-brand-accent:${accent};` : ''}`;
}

// Every page of a campaign and locale shares its navigation: work it out once, not once per page
// over all routes (quadratic in the size of the site).
const navigationOf = cachedInBuild(
  (routes: readonly PageRoute[], campaign: string, locale: string) => campaignNavigation(routes, campaign, locale),
  (_routes, campaign, locale) => `${campaign}|${locale}`,
);
const hasToolkits = cachedInBuild(
  (toolkitRoutes: readonly PageRoute[], campaign: string, locale: string) =>
    toolkitRoutes.some((item) => item.campaign === campaign && item.locale === locale),
  (_routes, campaign, locale) => `${campaign}|${locale}`,
);
/** The campaign's logo as inline SVG markup, read once per build. */
export const campaignLogo = cachedInBuild(campaignLogoSvg, (campaign) => campaign.id);

/** The site-relative address of a campaign's "Get help" page in a locale (its home page where it has none). */
export function helpHref(routes: readonly PageRoute[], campaign: string, locale: string): string {
  return siteHref(campaignHelpPath(navigationOf(routes, campaign, locale), campaign, locale));
}

/** Header, navigation and head links for one page route. */
export function campaignChrome(
  campaign: Campaign,
  route: PageRoute,
  data: Pick<SiteData, 'routes' | 'toolkitRoutes'>,
  site: URL | undefined,
) {
  const { locale } = route;
  const pages = navigationOf(data.routes, route.campaign, locale);
  const t = createTranslate(locale, campaign.data.ui);
  const hrefFor = (target: string) => siteHref(pagePath(target, route.campaign, route.slug));
  const nav = pages.map((item) => ({
    href: siteHref(pagePath(locale, item.campaign, item.slug)),
    label: item.slug === '' ? t('header.home') : item.navLabel,
    current: item.slug === route.slug,
    lang: item.fallback && item.slug !== '' ? item.contentLocale : undefined,
    dir: item.fallback && item.slug !== '' ? localeInfo(item.contentLocale).dir : undefined,
  }));
  if (hasToolkits(data.toolkitRoutes, route.campaign, locale)) {
    nav.push({
      href: siteHref(pagePath(locale, route.campaign, TOOLKITS_SLUG)),
      label: t('toolkits.title'),
      current: route.slug.split('/')[0] === TOOLKITS_SLUG,
      lang: undefined,
      dir: undefined,
    });
  }
  nav.push({
    href: siteHref(kitPagePath(route.campaign, locale)),
    label: t('kit.title'),
    current: route.slug.split('/')[0] === KIT_SLUG,
    lang: undefined,
    dir: undefined,
  });
  if (hasSupportersWall(route.campaign)) {
    nav.push({
      href: siteHref(supportersPagePath(locale, route.campaign)),
      label: t('supporters.title'),
      current: route.slug.split('/')[0] === SUPPORTERS_SLUG,
      lang: undefined,
      dir: undefined,
    });
  }
  return {
    header: {
      locale,
      title: campaign.data.title[locale] ?? campaign.id,
      homeHref: siteHref(pagePath(locale, route.campaign, '')),
      helpHref: helpHref(data.routes, route.campaign, locale),
      logoSvg: campaignLogo(campaign),
      nav,
      languages: languagePickerLinks(route, hrefFor),
      searchHref: siteHref(searchPagePath(locale)),
      ui: campaign.data.ui,
    },
    footer: { locale, ...campaign.data },
    alternates: hreflangAlternates(route, campaign.data.defaultLocale, (target) =>
      absoluteHref(pagePath(target, route.campaign, route.slug), site),
    ),
    canonical: absoluteHref(pagePath(route.fallback ? route.contentLocale : locale, route.campaign, route.slug), site),
    brandStyle: brandStyle(campaign),
  };
}
