/**
 * The pages a campaign's home page offers as entry points, one per audience, found by their
 * conventional slugs: a campaign that writes `young-people.mdx` gets a tile for it.
 */
import { HELP_SLUG, type PageRoute } from './routes.ts';

/** The slugs of the audience pages, in the order their tiles appear. */
export const AUDIENCE_PAGE_SLUGS = ['young-people', 'parents-carers', 'schools', HELP_SLUG] as const;

/** The audience pages of one campaign in one locale, in tile order; a campaign without one just has no tile for it. */
export function audiencePageRoutes(routes: readonly PageRoute[], campaign: string, locale: string): PageRoute[] {
  return AUDIENCE_PAGE_SLUGS.flatMap((slug) =>
    routes.filter((route) => route.campaign === campaign && route.locale === locale && route.slug === slug),
  );
}
