/**
 * The kit pages of the site: one per campaign and locale it publishes in, whether or not it
 * has a kit.yaml (the pictures, posters, certificates and press material come from its
 * other data). The kit pages, the sitemap and the navigation all take them from here.
 */
import { KIT_SLUG } from '../lib/routing/kit-files.ts';
import { sectionRoute, type PageRoute } from '../lib/routing/routes.ts';
import { rendersLocale } from './build-slice.ts';
import { siteData, type Campaign } from './data.ts';

/** A campaign's kit page (or a page below it, such as `kit/certificate`) in one locale, as a route for the layout. */
export function kitRoute(campaign: Campaign, locale: string, title: string, slug = KIT_SLUG): PageRoute {
  return sectionRoute(campaign.id, locale, slug, title, campaign.data.locales);
}

/** `getStaticPaths` of the kit pages: every campaign in every locale this build renders. */
export async function kitPageParams() {
  const { campaigns } = await siteData();
  return campaigns.flatMap((campaign) =>
    campaign.data.locales
      .filter(rendersLocale)
      .map((locale) => ({ params: { locale, campaign: campaign.id }, props: { campaign: campaign.id } })),
  );
}
