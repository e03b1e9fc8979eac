/**
 * The activity finder in the browser: reveals the filter form, narrows the static list of
 * activities to the chosen age group, time and purpose, hides empty groups, announces the
 * count, and keeps the choice in the URL so that it can be shared or bookmarked.
 */
import { matchesActivity } from '../lib/search/activity-filter.ts';
import { facetsOf, searchQueryString, type Facet } from '../lib/search/facets.ts';
import { chosenFacets, restoreFacets } from './facet-selects.ts';

const FINDER_FACETS: readonly Facet[] = ['audience', 'time', 'purpose'];

/** Starts the finder on a page that has one. */
export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-finder]');
  if (!form) return;
  const selects = [...form.querySelectorAll('select')];
  const items = [...document.querySelectorAll<HTMLElement>('[data-finder-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-finder-group]')];
  const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
  const none = document.querySelector<HTMLElement>('[data-finder-none]')!;
  restoreFacets(selects, facetsOf(new URLSearchParams(location.search), FINDER_FACETS));
  form.hidden = false;

  const apply = () => {
    const selection = chosenFacets(selects, FINDER_FACETS);
    let shown = 0;
    for (const item of items) {
      const { audience = '', purpose = '', minutes = '0' } = item.dataset;
      item.hidden = !matchesActivity({ audience, purpose, minutes: Number(minutes) }, selection);
      if (!item.hidden) shown++;
    }
    for (const group of groups) {
      group.hidden = !group.querySelector('[data-finder-item]:not([hidden])');
      document
        .querySelector<HTMLElement>(`[data-finder-jump="${group.dataset.finderGroup}"]`)
        ?.toggleAttribute('hidden', group.hidden);
    }
    none.hidden = shown > 0;
    status.textContent = (form.dataset.count ?? '{count}').replace(
      '{count}',
      new Intl.NumberFormat(document.documentElement.lang).format(shown),
    );
    const query = searchQueryString('', selection);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
