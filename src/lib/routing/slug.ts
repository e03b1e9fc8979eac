/**
 * How a page file's path becomes its URL slug. Pages at the same slug in two locales are
 * translations of each other.
 */

/** One URL path segment: lowercase letters, digits and single hyphens. */
export const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a page from its path inside the locale folder: `index.mdx` → '', `a/index.mdx` → 'a', `a/b.mdx` → 'a/b'. */
export function slugFromPagePath(pathInLocale: string): string {
  const segments = pathInLocale.replace(/\.mdx$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return segments.join('/');
}

/** Whether every segment of a slug is URL-safe. */
export function isValidSlug(slug: string): boolean {
  return slug === '' || slug.split('/').every((segment) => SLUG_SEGMENT.test(segment));
}

/** The content id of a page entry: `<campaign>/<locale>/<slug or index>`. */
export function pageEntryId(campaign: string, locale: string, slug: string): string {
  return `${campaign}/${locale}/${slug || 'index'}`;
}
