/**
 * The site's data, read once from the content collections: campaigns and the routes of
 * all their pages. Pages and layouts ask here instead of querying collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageLocationFromId } from '../lib/content/page-id.ts';
import { siteRoutes, type PageRef, type PageRoute } from '../lib/routing/routes.ts';
import { AUDIENCES, type Audience } from '../lib/content/toolkit-schema.ts';
import { extractFrontmatter, parseYaml } from '../lib/yaml/yaml.ts';
import { cachedInBuild } from './build-cache.ts';
import { entriesOutsideSlice, rendersLocale } from './build-slice.ts';
import { projectModel } from './project-model.ts';
import { readTextFile } from '../lib/files/read-text.ts';

/** A campaign entry from the collection. */
export type Campaign = CollectionEntry<'campaigns'>;
/** A page entry from the collection. */
export type PageEntry = CollectionEntry<'pages'>;
/** A toolkit entry from the collection. */
export type ToolkitEntry = CollectionEntry<'toolkits'>;

/** Everything the site is built from. */
export interface SiteData {
  campaigns: Campaign[];
  /** Routes of campaign pages, including fallbacks. */
  routes: PageRoute[];
  pages: Map<string, PageEntry>;
  /** Routes of toolkits (slug `toolkits/<name>`), including fallbacks. */
  toolkitRoutes: PageRoute[];
  toolkits: Map<string, ToolkitEntry>;
  /** The audience of every toolkit entry, those of other slices included, for the toolkit lists by audience. */
  toolkitAudiences: Map<string, Audience>;
}

// A toolkit of another slice is not in the collection: its audience comes from its frontmatter,
// which `npm run build` checked before the slices started.
function listedAudience(id: string): Audience {
  const source = readTextFile(join(projectModel().campaignsDir, `${id}.mdx`));
  return (parseYaml(extractFrontmatter(source)?.yaml ?? '').data as { audience: Audience }).audience;
}

async function load(): Promise<SiteData> {
  const campaigns = (await getCollection('campaigns')).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
  const pages = await getCollection('pages');
  const toolkits = await getCollection('toolkits');
  // Pages of other slices' locales are not in the collections; their URLs still count for alternates and the sitemap.
  const outside = entriesOutsideSlice(new Set([...pages, ...toolkits].map((entry) => entry.id)));
  const listedRef = (id: string): PageRef => ({ ...pageLocationFromId(id), title: '', order: 0 });
  const pageRefs: PageRef[] = pages.map((entry) => ({
    ...pageLocationFromId(entry.id),
    title: entry.data.title,
    navLabel: entry.data.navLabel,
    order: entry.data.order,
  }));
  const audienceOrder = (audience: string) => AUDIENCES.indexOf(audience as (typeof AUDIENCES)[number]);
  const toolkitRefs: PageRef[] = toolkits.map((entry) => ({
    ...pageLocationFromId(entry.id),
    title: entry.data.title,
    order: audienceOrder(entry.data.audience),
  }));
  pageRefs.push(...outside.pages.map(listedRef));
  toolkitRefs.push(...outside.toolkits.map(listedRef));
  const routing = campaigns.map((campaign) => ({ id: campaign.id, ...campaign.data }));
  const routesOf = (refs: PageRef[]) => siteRoutes(routing, refs);
  return {
    campaigns,
    routes: routesOf(pageRefs),
    pages: new Map(pages.map((entry) => [entry.id, entry])),
    toolkitRoutes: routesOf(toolkitRefs),
    toolkits: new Map(toolkits.map((entry) => [entry.id, entry])),
    toolkitAudiences: new Map([
      ...toolkits.map((entry) => [entry.id, entry.data.audience] as const),
      ...outside.toolkits.map((id) => [id, listedAudience(id)] as const),
    ]),
  };
}

/** The site's campaigns (newest day first), routes and entries; cached for the build, fresh in dev. */
export const siteData: () => Promise<SiteData> = cachedInBuild(load, () => 'site');

/** Every locale that at least one campaign publishes in, in registry order of first appearance. */
export function siteLocales(campaigns: readonly Campaign[]): string[] {
  return [...new Set(campaigns.flatMap((campaign) => campaign.data.locales))];
}

/** The `getStaticPaths` result of a page that exists once in every site locale, such as `/{locale}/search/`. */
export async function localeStaticPaths(): Promise<{ params: { locale: string } }[]> {
  const { campaigns } = await siteData();
  return siteLocales(campaigns)
    .filter(rendersLocale)
    .map((locale) => ({ params: { locale } }));
}

/** The routes among `routes` that this build renders (all of them, unless it is one slice of a sliced build). */
export function renderedRoutes(routes: readonly PageRoute[]): PageRoute[] {
  return routes.filter((route) => rendersLocale(route.locale));
}

/** The campaign's SVG logo as markup to inline (no extra request), if it has one. */
export function campaignLogoSvg(campaign: Campaign): string | undefined {
  const logo = campaign.data.brand.logo;
  return logo ? readFileSync(join(projectModel().campaignsDir, campaign.id, logo), 'utf8') : undefined;
}
