/**
 * The toolkit list pages of the site: per campaign and locale that serves toolkits,
 * `toolkits/` and one `toolkits/for/<audience>/` per audience served there. The list pages
 * and the sitemap both read them from here, so a list's hreflang links and its sitemap
 * entry name the same locales.
 */
import { AUDIENCES, type Audience } from '../lib/content/toolkit-schema.ts';
import { TOOLKITS_SLUG } from '../lib/routing/routes.ts';
import type { SiteData } from './data.ts';

/** One toolkit list page. */
export interface ToolkitListPage {
  campaign: string;
  locale: string;
  slug: string;
  /** The audience it is filtered to; undefined on the list of all toolkits. */
  audience?: Audience;
  /** The audiences with a page of their own in this locale, in display order, for the filter links. */
  audiences: Audience[];
  /** The locales this same list exists in, for hreflang. */
  locales: string[];
}

/** Every toolkit list page of every campaign, in every locale (this slice's or not). */
export function toolkitListPages(
  data: Pick<SiteData, 'campaigns' | 'toolkitRoutes' | 'toolkitAudiences'>,
): ToolkitListPage[] {
  return data.campaigns.flatMap((campaign) => {
    const audiencesIn = new Map<string, Audience[]>();
    for (const locale of campaign.data.locales) {
      const routes = data.toolkitRoutes.filter((route) => route.campaign === campaign.id && route.locale === locale);
      if (routes.length === 0) continue;
      const served = new Set(routes.map((route) => data.toolkitAudiences.get(route.entryId)));
      audiencesIn.set(
        locale,
        AUDIENCES.filter((audience) => served.has(audience)),
      );
    }
    const lists = [...audiencesIn].flatMap(([locale, audiences]) =>
      [undefined, ...audiences].map((audience) => ({ locale, audience, audiences })),
    );
    return lists.map(({ locale, audience, audiences }) => ({
      campaign: campaign.id,
      locale,
      slug: audience ? `${TOOLKITS_SLUG}/for/${audience}` : TOOLKITS_SLUG,
      audience,
      audiences,
      locales: [...audiencesIn]
        .filter(([, served]) => audience === undefined || served.includes(audience))
        .map(([code]) => code),
    }));
  });
}
