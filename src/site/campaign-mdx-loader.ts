/**
 * The loader of campaign MDX files, pages or toolkits: Astro's glob loader. In one slice of
 * a sliced build (`SIDKIT_BUILD_LOCALES`, see src/lib/build/slices.ts) it loads only the
 * slice's locales and the default locales its fallbacks show, and keeps the default-locale
 * entries that the slice does not render as data only, so that their MDX is not bundled.
 * The other locales' pages are known from the file listing alone (src/site/data.ts). A build of
 * some campaigns (SIDKIT_BUILD_CAMPAIGNS) loads only their folders.
 */
import { glob, type Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { buildSettings } from '../lib/build/settings.ts';
import { sliceEntryIds } from '../lib/build/slices.ts';
import { pageIdFromPath } from '../lib/content/page-id.ts';
import { projectModel } from './project-model.ts';

/** A glob of folder names: `*` for every folder (no names), `fr`, or `{en,fr}`. */
function namesGlob(names: readonly string[] | undefined): string {
  if (!names?.length) return '*';
  return names.length === 1 ? (names[0] ?? '*') : `{${names.join(',')}}`;
}

/**
 * A loader for the campaign MDX files that `patternFor` matches, given globs of campaign and locale folders
 * (relative to the campaigns folder); a build of some campaigns only (`--campaign`) loads their folders alone.
 */
export function campaignMdxLoader(patternFor: (campaigns: string, locales: string) => string | string[]): Loader {
  const { campaignsDir, sliceLocales: locales, campaigns: builtCampaigns } = buildSettings();
  const base = pathToFileURL(campaignsDir + '/');
  const generateId = ({ entry }: { entry: string }) => pageIdFromPath(entry);
  const pattern = (locales: string) => patternFor(namesGlob(builtCampaigns), locales);
  if (!locales) return glob({ base, pattern: pattern('*'), generateId });
  return {
    name: 'sidkit-slice',
    load: async (context) => {
      const { campaigns, pageRoutes, toolkitRoutes } = projectModel();
      const loaded = [...new Set([...locales, ...campaigns.map((campaign) => campaign.config.defaultLocale)])];
      await glob({ base, pattern: pattern(namesGlob(loaded)), generateId }).load(context);
      const rendered = sliceEntryIds([...pageRoutes, ...toolkitRoutes], locales);
      for (const entry of context.store.values()) {
        if (rendered.has(entry.id)) continue;
        // Data only: no body and no deferred render, so the bundle leaves its MDX out; no digest, so the next slice loads it afresh.
        context.store.set({ id: entry.id, data: entry.data, ...(entry.filePath ? { filePath: entry.filePath } : {}) });
      }
    },
  };
}
