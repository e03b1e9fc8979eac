/**
 * Building a large site in slices of locales: one `astro build` per slice, each rendering
 * only its locales' pages, so that no process holds every page module at once (Astro's
 * bundler alone needs about 3.8 GiB for 12,000 MDX pages, tests/bench). Which locales go
 * together, and which entries a slice renders, both follow from the routing model.
 */
import type { PageRoute } from '../routing/routes.ts';

/** The environment variable that makes `astro build` one slice: the locales it renders, comma-separated. */
export const SLICE_LOCALES_ENV = 'SIDKIT_BUILD_LOCALES';

/** The locales a slice build renders, or undefined when the build renders the whole site. */
export function sliceLocales(value: string | undefined): string[] | undefined {
  const locales = value
    ?.split(',')
    .map((locale) => locale.trim())
    .filter(Boolean);
  return locales?.length ? locales : undefined;
}

/** How many URLs each locale has across all campaigns, translations and fallbacks alike. */
export function pagesPerLocale(routes: readonly PageRoute[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const route of routes) counts.set(route.locale, (counts.get(route.locale) ?? 0) + 1);
  return counts;
}

/**
 * Groups locales, in order, into slices of at most `maxPages` pages each. A locale with more
 * pages than that is a slice of its own; a site within the limit is one slice.
 */
export function planSlices(pages: ReadonlyMap<string, number>, maxPages: number): string[][] {
  const slices: { locales: string[]; pages: number }[] = [];
  for (const [locale, count] of pages) {
    const last = slices.at(-1);
    if (last && last.pages + count <= maxPages) {
      last.locales.push(locale);
      last.pages += count;
    } else {
      slices.push({ locales: [locale], pages: count });
    }
  }
  return slices.map((slice) => slice.locales);
}

/** The entries that a slice renders: its locales' own pages and the originals its fallbacks show. */
export function sliceEntryIds(routes: readonly PageRoute[], locales: readonly string[]): Set<string> {
  return new Set(routes.filter((route) => locales.includes(route.locale)).map((route) => route.entryId));
}
