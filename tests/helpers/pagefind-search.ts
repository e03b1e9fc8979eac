/**
 * Queries a built site's index through Pagefind's own browser API, in a page of that site:
 * Pagefind picks the index of the page's `<html lang>`, segments Chinese queries with
 * `Intl.Segmenter` and runs its WebAssembly, none of which Node reproduces.
 */
import type { Page } from 'playwright-core';

/** What a test needs of one result. */
export interface FoundRecord {
  url: string;
  title: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

// Kept as source text: Vitest rewrites `import()` in test code, and this runs in the page.
const SEARCH_IN_PAGE = `async ({ bundleUrl, term, filters }) => {
  const pagefind = await import(bundleUrl + 'pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(term, { filters });
  const data = await Promise.all(search.results.map((result) => result.data()));
  return data.map(({ url, meta, filters }) => ({ url, title: meta.title ?? '', meta, filters }));
}`;

/**
 * Runs `search(term, { filters })` with the pagefind.js of `bundleUrl` (e.g. `/pagefind/`)
 * in the page as it is now loaded; `null` searches by filters alone.
 */
export async function pagefindSearch(
  page: Page,
  bundleUrl: string,
  term: string | null,
  filters: Record<string, string> = {},
): Promise<FoundRecord[]> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify({ bundleUrl, term, filters })})`) as Promise<
    FoundRecord[]
  >;
}

/** How long to wait for search results: a first search loads Pagefind, its WebAssembly and the index, slow on a busy machine. */
export const SEARCH_WAIT = { timeout: 15_000 } as const;
