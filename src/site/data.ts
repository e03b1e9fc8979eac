/**
 * The site's data, read once from the content collections: campaigns and the routes of
 * all their pages. Pages and layouts ask here instead of querying collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignsDir } from '../lib/content/campaigns-dir.ts';
import { pageLocationFromId } from '../lib/content/page-id.ts';
import { campaignPageRoutes, type PageRoute } from '../lib/routing/routes.ts';

/** A campaign entry from the collection. */
export type Campaign = CollectionEntry<'campaigns'>;
/** A page entry from the collection. */
export type PageEntry = CollectionEntry<'pages'>;

let cached: Promise<{ campaigns: Campaign[]; routes: PageRoute[]; pages: Map<string, PageEntry> }> | undefined;

async function load() {
  const campaigns = (await getCollection('campaigns')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const entries = await getCollection('pages');
  const refs = entries.map((entry) => ({ ...pageLocationFromId(entry.id), title: entry.data.title, navLabel: entry.data.navLabel, order: entry.data.order }));
  const routes = campaigns.flatMap((campaign) => campaignPageRoutes({ id: campaign.id, ...campaign.data }, refs));
  return { campaigns, routes, pages: new Map(entries.map((entry) => [entry.id, entry])) };
}

/** Campaigns (newest day first), every page route, and page entries by id; cached for the build, fresh in dev. */
export function siteData() {
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** Every locale that at least one campaign publishes in, in registry order of first appearance. */
export function siteLocales(campaigns: readonly Campaign[]): string[] {
  return [...new Set(campaigns.flatMap((campaign) => campaign.data.locales))];
}

/** The campaign's SVG logo as markup to inline (no extra request), if it has one. */
export function campaignLogoSvg(campaign: Campaign): string | undefined {
  const logo = campaign.data.brand.logo;
  return logo ? readFileSync(join(campaignsDir(), campaign.id, logo), 'utf8') : undefined;
}
