/**
 * Which toolkit lists the site has: one per campaign and rendered locale with toolkits,
 * each filterable by the audiences its toolkits are for. Shared by the list's two routes,
 * `toolkits/` and `toolkits/for/<audience>/`.
 */
import { AUDIENCES, type Audience } from '../lib/content/toolkit-schema.ts';
import { rendersLocale } from './build-slice.ts';
import { siteData } from './data.ts';

/** A campaign's toolkit list in one locale. */
export interface ToolkitList {
  locale: string;
  campaign: string;
  /** The audiences of its toolkits, in `AUDIENCES` order: one filter page each. */
  audiences: Audience[];
}

/** Every toolkit list the build renders. */
export async function toolkitLists(): Promise<ToolkitList[]> {
  const { campaigns, toolkitRoutes, toolkits } = await siteData();
  return campaigns.flatMap((campaign) =>
    campaign.data.locales.filter(rendersLocale).flatMap((locale) => {
      const routes = toolkitRoutes.filter((route) => route.campaign === campaign.id && route.locale === locale);
      if (routes.length === 0) return [];
      const audiences = AUDIENCES.filter((audience) =>
        routes.some((route) => toolkits.get(route.entryId)?.data.audience === audience),
      );
      return [{ locale, campaign: campaign.id, audiences }];
    }),
  );
}
