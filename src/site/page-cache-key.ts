/**
 * Warm rebuilds of pages: the `cacheKey` the large page routes return from `getStaticPaths`, so
 * that Astro's incremental build (experimental.incrementalBuild) copies a page from the
 * previous build instead of rendering it again. Astro reuses a page only when its key and the
 * code it is built from are unchanged, and tracks the MDX entry it renders itself; the key
 * holds everything else a page reads:
 *
 * - every file of the campaigns folder but the MDX (campaign.yaml, facts, help, kit,
 *   supporters, events, logos, pictures), and the list of every file, MDX included, which
 *   decides the routes, the language switcher and the fallbacks;
 * - every entry's frontmatter, which gives the navigation its titles and order;
 * - the source registry and the terminology lists;
 * - the day, and the events not yet over, which the home and country pages show;
 * - the build's settings, and the names of the built stylesheets and scripts (Tailwind reads
 *   every file, content included, so an edit can change the stylesheet every page links);
 * - every file of `src/`, since a page reads some of it at run time;
 * - the digest of the entry the page shows, which Astro does not track for MDX rendered at
 *   content sync (src/lib/content/static-mdx.ts);
 * - for a translation, the original's digest, since it says when the original has changed.
 *
 * A warm rebuild gives the same bytes as a cold one (tests/build/warm-rebuild.test.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { PageRoute } from '../lib/routing/routes.ts';
import { pageEntryId } from '../lib/routing/slug.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { filesUnder } from '../lib/out-dir.ts';
import { splitUpcoming } from '../lib/people/event-views.ts';
import { cachedInBuild } from './build-cache.ts';
import { siteData } from './data.ts';
import { projectModel } from './project-model.ts';
import { SOURCES_DIR } from './sources-dir.ts';
import { TERMINOLOGY_DIR } from './terminology-dir.ts';

/** Every file below `dir` (when it exists), by path relative to it, in a fixed order. */
function filesBelow(dir: string): string[] {
  return existsSync(dir)
    ? filesUnder(dir)
        .map((file) => relative(dir, file))
        .sort()
    : [];
}

/** Adds every file below `dir`, path and bytes, to `hash`. */
function hashFolder(hash: Hash, dir: string): void {
  for (const file of filesBelow(dir)) hash.update(`\0${file}\0`).update(readFileSync(join(dir, file)));
}

/** What every keyed page of this build shares, worked out once. */
const projectDigest: () => Promise<string> = cachedInBuild(
  async () => {
    const hash = createHash('sha256');
    const model = projectModel();
    const settings = buildSettings();
    for (const folder of model.folders) {
      for (const file of [...folder.files].sort()) {
        hash.update(`\0${folder.id}/${file}\0`);
        if (!file.endsWith('.mdx')) hash.update(readFileSync(join(model.campaignsDir, folder.id, file)));
      }
    }
    const { pages, toolkits } = await siteData();
    for (const entry of [...pages.values(), ...toolkits.values()])
      hash.update(`\0${entry.id}\0${JSON.stringify(entry.data)}`);
    hashFolder(hash, SOURCES_DIR);
    hashFolder(hash, TERMINOLOGY_DIR);
    hashFolder(hash, resolve('src'));
    const current = model.campaigns.flatMap((campaign) =>
      splitUpcoming(campaign.events, model.builtAtMs).upcoming.map((event) => `${campaign.id}/${event.id}`),
    );
    hash.update(JSON.stringify({ today: model.context.today, current }));
    const { site, base, campaigns, sliceLocales, sourceDateEpoch } = settings;
    hash.update(JSON.stringify({ site, base, campaigns, sliceLocales, sourceDateEpoch }));
    hash.update(filesBelow(join(resolve(settings.outDir), '_astro')).join('\0'));
    return hash.digest('hex');
  },
  () => 'project',
);

/** Whether this build keys its pages: a production build with the build cache on (SIDKIT_CACHE not `off`). */
function keysPages(): boolean {
  return import.meta.env.PROD && buildSettings().buildCache !== undefined;
}

/** The key of a page at `route`: the project's digest, and for a translation its original's. */
async function routeKey(route: PageRoute): Promise<string> {
  const project = await projectDigest();
  const { campaigns, pages, toolkits } = await siteData();
  const defaultLocale = campaigns.find((campaign) => campaign.id === route.campaign)?.data.defaultLocale;
  const digest = (id: string) => (pages.get(id) ?? toolkits.get(id))?.digest ?? '';
  // Astro tracks the entries a page renders through render(); an entry rendered at content sync is tracked here.
  const own = `${project}:${digest(route.entryId)}`;
  if (route.fallback || route.locale === defaultLocale || !defaultLocale) return own;
  return `${own}:${digest(pageEntryId(route.campaign, defaultLocale, route.slug))}`;
}

/** Static paths of pages, each with its cache key when this build keys pages. */
export async function withRouteCacheKeys<Path extends { props: { route: PageRoute } }>(
  paths: Path[],
): Promise<(Path & { cacheKey?: string })[]> {
  if (!keysPages()) return paths;
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await routeKey(path.props.route) })));
}

/** Static paths of pages built from the project's data alone (supporters, countries), each with the project's key. */
export async function withProjectCacheKey<Path extends object>(
  paths: Path[],
): Promise<(Path & { cacheKey?: string })[]> {
  if (!keysPages()) return paths;
  const cacheKey = await projectDigest();
  return paths.map((path) => ({ ...path, cacheKey }));
}
