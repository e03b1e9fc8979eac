/**
 * The attributes that put a page's main content into the search index, with its filters
 * and metadata. Pagefind reads them from the built HTML; values sit in `data-search-*`
 * attributes and Pagefind refers to them by name, so no title or id needs escaping.
 * Fallback pages get none: their text is the default locale's, which would pollute the
 * index of the page's language (Pagefind picks the index from `<html lang>`).
 */
import type { SearchKind } from './facets.ts';

/** What the index records about a page or toolkit. */
export interface SearchablePage {
  kind: Exclude<SearchKind, 'activity'>;
  campaign: string;
  title: string;
  /** True when the page shows another locale's text. */
  fallback: boolean;
  /** Toolkits: the audience code, its label in the page language, and the total minutes. */
  audience?: { code: string; label: string };
  minutes?: number;
}

/** Attributes to spread on the page's `<article>`; empty for a fallback page, which stays out of the index. */
export function searchAttributes(page: SearchablePage): Record<string, string> {
  if (page.fallback) return {};
  const filters = ['campaign[data-search-campaign]', 'kind[data-search-kind]'];
  const meta = ['title[data-search-title]'];
  const attributes: Record<string, string> = {
    'data-pagefind-body': '',
    'data-search-campaign': page.campaign,
    'data-search-kind': page.kind,
    'data-search-title': page.title,
  };
  if (page.audience) {
    filters.push('audience[data-audience]');
    meta.push('audience[data-search-audience]');
    attributes['data-audience'] = page.audience.code;
    attributes['data-search-audience'] = page.audience.label;
  }
  if (page.minutes !== undefined) {
    meta.push('minutes[data-search-minutes]');
    attributes['data-search-minutes'] = String(page.minutes);
  }
  return { ...attributes, 'data-pagefind-filter': filters.join(', '), 'data-pagefind-meta': meta.join(', ') };
}
