/**
 * Where the header's "Get help" button leads, on every page: a campaign's get-help page, or
 * its home page where it has none; on a page outside any campaign (the root, a locale's list
 * of campaigns, the 404s, search), the newest campaign's, in the page's language if that
 * campaign is published in it and otherwise in the campaign's default language.
 */
import { HELP_SLUG, type CampaignRouting, type PageRoute } from './routes.ts';
import { pagePath } from './urls.ts';

/** The "Get help" path of a campaign in a locale, given that campaign's pages in that locale. */
export function campaignHelpPath(pages: readonly Pick<PageRoute, 'slug'>[], campaign: string, locale: string): string {
  return pagePath(locale, campaign, pages.some((page) => page.slug === HELP_SLUG) ? HELP_SLUG : '');
}

/** The campaign and language a page outside any campaign sends "Get help" to; campaigns come newest first. */
export function helpCampaignFor(
  campaigns: readonly CampaignRouting[],
  locale: string,
): { campaign: string; locale: string } | undefined {
  const published = campaigns.find((campaign) => campaign.locales.includes(locale));
  if (published) return { campaign: published.id, locale };
  const newest = campaigns[0];
  return newest && { campaign: newest.id, locale: newest.defaultLocale };
}
