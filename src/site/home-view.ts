/**
 * What a campaign's home page shows beyond its own text, in one locale: the audience tiles,
 * the key facts, the toolkits and where the calls to action lead.
 */
import { audiencePageRoutes } from '../lib/routing/audience-pages.ts';
import { HELP_SLUG, TOOLKITS_SLUG, type PageRoute } from '../lib/routing/routes.ts';
import { pagePath } from '../lib/routing/urls.ts';
import type { Fact } from '../lib/sources/fact-schema.ts';
import { siteHref } from './campaign-chrome.ts';
import type { Campaign, SiteData, ToolkitEntry } from './data.ts';
import { campaignFacts } from './sources.ts';

/** The parts of one campaign home page. */
export interface HomeView {
  tiles: { route: PageRoute; description: string }[];
  facts: Fact[];
  toolkits: { route: PageRoute; entry: ToolkitEntry }[];
  toolkitsHref?: string;
  helpHref?: string;
}

/** The home page of `campaign` in `locale`, from the site's routes and entries. */
export function homeView(data: SiteData, campaign: Campaign, locale: string): HomeView {
  const href = (slug: string) => siteHref(pagePath(locale, campaign.id, slug));
  const tiles = audiencePageRoutes(data.routes, campaign.id, locale).map((route) => ({
    route,
    description: data.pages.get(route.entryId)?.data.description ?? '',
  }));
  const facts = campaignFacts(campaign.id);
  const toolkits = data.toolkitRoutes
    .filter((route) => route.campaign === campaign.id && route.locale === locale)
    .sort((a, b) => a.order - b.order)
    .flatMap((route) => {
      const entry = data.toolkits.get(route.entryId);
      return entry ? [{ route, entry }] : [];
    });
  return {
    tiles,
    // The content check guarantees every id is in facts.yaml.
    facts: campaign.data.home.facts.flatMap((id) => facts.filter((fact) => fact.id === id)),
    toolkits,
    ...(toolkits.length > 0 ? { toolkitsHref: href(TOOLKITS_SLUG) } : {}),
    ...(tiles.some((tile) => tile.route.slug === HELP_SLUG) ? { helpHref: href(HELP_SLUG) } : {}),
  };
}
