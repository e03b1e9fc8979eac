/**
 * A campaign's help entries as pages show them: with the campaign's default locale, which
 * an entry's name falls back to where it has none in the content's language, and the
 * address of the "Get help" page that help boxes link to.
 */
import { HELP_SLUG } from '../lib/routing/routes.ts';
import { pagePath } from '../lib/routing/urls.ts';
import type { HelpEntry } from '../lib/sources/help-schema.ts';
import { siteHref } from './campaign-chrome.ts';
import { siteData } from './data.ts';
import { campaignHelp } from './sources.ts';

/** The help entries of a campaign, and the locale their names fall back to. */
export async function helpView(campaign: string): Promise<{ entries: readonly HelpEntry[]; fallbackLocale: string }> {
  const config = (await siteData()).campaigns.find((item) => item.id === campaign);
  if (!config) throw new Error(`Unknown campaign "${campaign}"`);
  return { entries: campaignHelp(campaign), fallbackLocale: config.data.defaultLocale };
}

/** The address of the campaign's "Get help" page in `locale`, or undefined where the campaign has none. */
export async function helpPageHref(campaign: string, locale: string): Promise<string | undefined> {
  const { routes } = await siteData();
  const exists = routes.some(
    (route) => route.campaign === campaign && route.locale === locale && route.slug === HELP_SLUG,
  );
  return exists ? siteHref(pagePath(locale, campaign, HELP_SLUG)) : undefined;
}
