/**
 * Which locales this `astro build` renders: every one, unless `npm run build` split the site
 * into slices of locales (src/lib/build/slices.ts) and this build is one of them. Every
 * page with a locale in its URL filters its static paths with it.
 */
import { buildSettings } from '../lib/build/settings.ts';
import { projectModel } from './project-model.ts';

const locales = buildSettings().sliceLocales;

/** True when this `astro build` is one slice of a sliced build, which leaves checking, PDFs and search to `npm run build`. */
export function isSliceBuild(): boolean {
  return locales !== undefined;
}

/** True when this build renders the pages of `locale`. */
export function rendersLocale(locale: string): boolean {
  return !locales || locales.includes(locale);
}

/**
 * The page and toolkit entry ids that this slice's collections leave out (other locales), from
 * the file listing: routes, alternates and the sitemap still count them. None in a whole build.
 */
export function entriesOutsideSlice(loaded: ReadonlySet<string>): { pages: string[]; toolkits: string[] } {
  if (!locales) return { pages: [], toolkits: [] };
  const listed = projectModel().entryIds;
  return {
    pages: listed.pages.filter((id) => !loaded.has(id)),
    toolkits: listed.toolkits.filter((id) => !loaded.has(id)),
  };
}
