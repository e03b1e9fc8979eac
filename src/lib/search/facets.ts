/**
 * What search results and activities can be narrowed by, and how a choice is written in the
 * page URL (`?q=…&audience=…`), so that a search can be bookmarked, shared and reloaded.
 * The index (filter names), the search page and the activity finder all use these names.
 */

/** What a search result is: a campaign page, a toolkit, or one activity of a toolkit. */
export const SEARCH_KINDS = ['page', 'toolkit', 'activity'] as const;
/** A search result kind. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The filters of the search index, in the order the search page shows them. */
export const FACETS = ['campaign', 'kind', 'audience', 'purpose', 'time'] as const;
/** A filter name. */
export type Facet = (typeof FACETS)[number];
/** The value chosen for each filter; a filter left out is not applied. */
export type FacetSelection = Partial<Record<Facet, string>>;

/** The search words of a URL's `q` parameter, trimmed. */
export function queryOf(params: URLSearchParams): string {
  return (params.get('q') ?? '').trim();
}

/** The filter values a URL asks for, among the filters a page offers; empty values are left out. */
export function facetsOf(params: URLSearchParams, offered: readonly Facet[] = FACETS): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of offered) {
    const value = params.get(facet)?.trim();
    if (value) selection[facet] = value;
  }
  return selection;
}

/** The query string for a search and its filters, without empty parameters, e.g. `q=friends&audience=ages-11-14`. */
export function searchQueryString(query: string, selection: FacetSelection): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const facet of FACETS) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  return params.toString();
}
