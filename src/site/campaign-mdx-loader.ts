/**
 * The loader of campaign MDX files, pages or toolkits: Astro's glob loader. In one slice of
 * a sliced build (`SIDKIT_BUILD_LOCALES`, see src/lib/build/slices.ts) it loads only the
 * slice's locales and the default locales its fallbacks show, and keeps the default-locale
 * entries that the slice does not render as data only, so that their MDX is not bundled.
 * The other locales' pages are known from the file listing alone (src/site/data.ts). A build of
 * some campaigns (SIDKIT_BUILD_CAMPAIGNS) loads only their folders.
 *
 * Content-only MDX, which is every file the content check accepts outside `trustedCode`
 * campaigns, is rendered here, as Astro renders Markdown, instead of being bundled as a module
 * per page (src/lib/content/static-mdx.ts); `trustedCode` campaigns stay modules.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxFileInCampaign } from '../integrations/refuse-unsafe-mdx.ts';
import { unsafeContentProblems } from '../lib/content/check-unsafe.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { sliceEntryIds } from '../lib/build/slices.ts';
import { pageIdFromPath } from '../lib/content/page-id.ts';
import { staticMdx } from '../lib/content/static-mdx.ts';
import { projectModel } from './project-model.ts';
import { isStaleStaticContent, renderedField, staticContentOf } from './static-content.ts';

/** A glob of folder names: `*` for every folder (no names), `fr`, or `{en,fr}`. */
function namesGlob(names: readonly string[] | undefined): string {
  if (!names?.length) return '*';
  return names.length === 1 ? (names[0] ?? '*') : `{${names.join(',')}}`;
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** Whether the campaign of a stored entry trusts code, which keeps its pages bundled as modules. */
function isTrusted(entry: StoredEntry): boolean {
  return !entry.filePath || mdxFileInCampaign(resolve(entry.filePath), '').trustedCode;
}

/**
 * An entry as the glob loader stores it for bundling, rendered now instead when its campaign
 * does not trust code and its MDX is content-only and safe (else the compile reports it).
 */
function renderedAtSync(entry: StoredEntry): StoredEntry {
  if (!entry.deferredRender || entry.body === undefined || !entry.filePath) return entry;
  const { file, trustedCode } = mdxFileInCampaign(resolve(entry.filePath), entry.body);
  if (trustedCode || unsafeContentProblems(file, false).length) return entry;
  const content = staticMdx(entry.body);
  if (!content) return entry;
  const { deferredRender: _bundled, ...rest } = entry;
  return { ...rest, rendered: renderedField(content) };
}

/** Whether an entry kept from the last build may be stored otherwise by this one: bundled, or rendered by other code or for a campaign that now trusts code. */
function isStoredStale(entry: StoredEntry): boolean {
  if (entry.deferredRender) return true;
  return staticContentOf(entry) !== undefined && (isStaleStaticContent(entry) || isTrusted(entry));
}

/** The glob loader over `pattern`, rendering content-only MDX as it stores each entry (in dev too, on every change). */
function renderingGlob(base: URL, pattern: string | string[]): Loader {
  const loader = glob({ base, pattern, generateId: ({ entry }) => pageIdFromPath(entry) });
  return {
    name: 'sidkit-mdx',
    load: async (context) => {
      const store = context.store;
      const set = store.set.bind(store);
      const stored = new Set<string>();
      await loader.load({
        ...context,
        store: {
          ...store,
          set: (entry) => {
            stored.add(entry.id);
            return set(renderedAtSync(entry));
          },
        },
      });
      // The glob loader keeps an unchanged file's entry as the last build stored it: as a module,
      // rendered by older code, or rendered before its campaign trusted code.
      for (const entry of store.values()) {
        if (stored.has(entry.id) || !isStoredStale(entry)) continue;
        const { rendered: _old, ...kept } = entry;
        const next = renderedAtSync({ ...kept, deferredRender: true });
        if (next.deferredRender && entry.deferredRender) continue;
        store.delete(entry.id);
        set(next);
      }
    },
  };
}

/**
 * A loader for the campaign MDX files that `patternFor` matches, given globs of campaign and locale folders
 * (relative to the campaigns folder); a build of some campaigns only (`--campaign`) loads their folders alone.
 */
export function campaignMdxLoader(patternFor: (campaigns: string, locales: string) => string | string[]): Loader {
  const { campaignsDir, sliceLocales: locales, campaigns: builtCampaigns } = buildSettings();
  const base = pathToFileURL(campaignsDir + '/');
  const pattern = (locales: string) => patternFor(namesGlob(builtCampaigns), locales);
  if (!locales) return renderingGlob(base, pattern('*'));
  return {
    name: 'sidkit-slice',
    load: async (context) => {
      const { campaigns, pageRoutes, toolkitRoutes } = projectModel();
      const loaded = [...new Set([...locales, ...campaigns.map((campaign) => campaign.config.defaultLocale)])];
      await renderingGlob(base, pattern(namesGlob(loaded))).load(context);
      const rendered = sliceEntryIds([...pageRoutes, ...toolkitRoutes], locales);
      for (const entry of context.store.values()) {
        if (rendered.has(entry.id)) continue;
        // Data only: no body, render or deferred render, so the bundle leaves its MDX out; no digest, so the next slice loads it afresh.
        context.store.set({ id: entry.id, data: entry.data, ...(entry.filePath ? { filePath: entry.filePath } : {}) });
      }
    },
  };
}
