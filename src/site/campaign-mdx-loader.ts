/**
 * The loader of campaign MDX files, pages or toolkits: Astro's glob loader. In one slice of
 * a sliced build (`SIDKIT_BUILD_LOCALES`, see src/lib/build/slices.ts) it loads only the
 * slice's locales and the default locales its fallbacks show, and keeps the default-locale
 * entries that the slice does not render as data only, so that their MDX is not bundled.
 * The other locales' pages are known from the file listing alone (src/site/data.ts).
 */
import { glob, type Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { buildSettings } from '../lib/build/settings.ts';
import { sliceEntryIds } from '../lib/build/slices.ts';
import { pageIdFromPath } from '../lib/content/page-id.ts';
import { projectModel } from './project-model.ts';

/** A glob of locale folder names: `*`, `fr`, or `{en,fr}`. */
function localeGlob(locales: readonly string[]): string {
  return locales.length === 1 ? (locales[0] ?? '*') : `{${locales.join(',')}}`;
}

/** A loader for the campaign MDX files that `patternFor` matches, given a glob of locale folders (relative to the campaigns folder). */
export function campaignMdxLoader(patternFor: (locales: string) => string | string[]): Loader {
  const { campaignsDir, sliceLocales: locales } = buildSettings();
  const base = pathToFileURL(campaignsDir + '/');
  const generateId = ({ entry }: { entry: string }) => pageIdFromPath(entry);
  if (!locales) return glob({ base, pattern: patternFor('*'), generateId });
  return {
    name: 'sidkit-slice',
    load: async (context) => {
      const { campaigns, pageRoutes, toolkitRoutes } = projectModel();
      const loaded = [...new Set([...locales, ...campaigns.map((campaign) => campaign.config.defaultLocale)])];
      await glob({ base, pattern: patternFor(localeGlob(loaded)), generateId }).load(context);
      const rendered = sliceEntryIds([...pageRoutes, ...toolkitRoutes], locales);
      for (const entry of context.store.values()) {
        if (rendered.has(entry.id)) continue;
        // Data only: no body and no deferred render, so the bundle leaves its MDX out; no digest, so the next slice loads it afresh.
        context.store.set({ id: entry.id, data: entry.data, ...(entry.filePath ? { filePath: entry.filePath } : {}) });
      }
    },
  };
}
