/** Builds an in-memory site from file contents, so the checkers' tests read like the site they describe. */
import type { SiteFiles } from '../../helpers/quality/site.ts';

/** A site whose files are the given paths and contents. */
export function siteOf(files: Record<string, string | Buffer>): SiteFiles {
  return new Map(Object.entries(files).map(([path, content]) => [path, Buffer.from(content)]));
}
