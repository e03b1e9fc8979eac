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
