/**
 * URL building with the locale first: `/{locale}/`, `/{locale}/{campaign}/{slug}/`. Every
 * link goes through here so that a `base` sub-path is respected everywhere.
 */

/** Joins the site's base path and a root-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The path of a locale's campaign list. */
export function localeHomePath(locale: string): string {
  return `/${locale}/`;
}

/** The path of a campaign page; the empty slug is the campaign home. */
export function pagePath(locale: string, campaign: string, slug: string): string {
  return `/${locale}/${campaign}/${slug ? `${slug}/` : ''}`;
}

/** The path of a locale's search page, which the search box in every page header submits to. */
export function searchPagePath(locale: string): string {
  return `/${locale}/search/`;
}

/** The path of a locale's activity finder, where teachers pick activities by age, time and purpose. */
export function activityFinderPath(locale: string): string {
  return `/${locale}/activities/`;
}

/** The path of a locale's "Browse safely" page, which the quick-exit bar links to: private windows, history, shared devices. */
export function browseSafelyPath(locale: string): string {
  return `/${locale}/browse-safely/`;
}

/** Where the search index and Pagefind's browser code are published, below the base path. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/** Paths directly below a locale that sidkit uses itself, so no campaign may take them as its name. */
export const RESERVED_CAMPAIGN_NAMES = ['search', 'activities', 'browse-safely', '404'] as const;
