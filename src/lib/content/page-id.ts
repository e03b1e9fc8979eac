/**
 * Page entry ids: `<campaign>/<locale>/<slug or index>`, derived from the file path so
 * that translations share everything but the locale.
 */
import { pageEntryId, slugFromPagePath } from '../routing/slug.ts';

/** The parts of a page entry's file path. */
export interface PageLocation {
  campaign: string;
  locale: string;
  slug: string;
}

/** Splits a page file path relative to the campaigns folder, e.g. `sid-2027/en/get-help.mdx`. */
function pageLocation(pathInCampaigns: string): PageLocation {
  const [campaign = '', locale = '', ...rest] = pathInCampaigns.split('/');
  return { campaign, locale, slug: slugFromPagePath(rest.join('/')) };
}

/** The entry id of a page file. */
export function pageIdFromPath(pathInCampaigns: string): string {
  const { campaign, locale, slug } = pageLocation(pathInCampaigns);
  return pageEntryId(campaign, locale, slug);
}

/** The location of a page from its entry id. */
export function pageLocationFromId(id: string): PageLocation {
  const [campaign = '', locale = '', ...rest] = id.split('/');
  const slug = rest.join('/');
  return { campaign, locale, slug: slug === 'index' ? '' : slug };
}
