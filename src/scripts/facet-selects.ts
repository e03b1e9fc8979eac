/**
 * The filter selects of the search page and the activity finder, read and set through the
 * same URL form as the page address (src/lib/search/facets.ts).
 */
import { facetsOf, type Facet, type FacetSelection } from '../lib/search/facets.ts';

/** The values chosen in the selects, among the offered filters; "all" (empty) choices are left out. */
export function chosenFacets(selects: readonly HTMLSelectElement[], offered?: readonly Facet[]): FacetSelection {
  return facetsOf(new URLSearchParams(selects.map((select) => [select.name, select.value])), offered);
}

/** Sets each select to the URL's value for it, when the select offers that value. */
export function restoreFacets(selects: readonly HTMLSelectElement[], selection: FacetSelection): void {
  for (const select of selects) {
    const value = selection[select.name as Facet] ?? '';
    if ([...select.options].some((option) => option.value === value)) select.value = value;
  }
}
