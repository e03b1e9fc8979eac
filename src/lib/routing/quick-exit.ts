/**
 * Where "Leave this site quickly" goes. The default is a web search for the weather in the
 * visitor's language: a page that looks ordinary to anyone glancing at the screen or the
 * history, that loads fast on a cheap phone, and that is reachable almost everywhere. A
 * campaign whose audience cannot reach it (Google is blocked in some countries) sets
 * `quickExit.url` in campaign.yaml, for every locale or per locale.
 */

/** The search the default address runs, before the query. */
const DEFAULT_SEARCH = 'https://www.google.com/search?q=';

/** The quick-exit address for `locale`: the campaign's own, else a search for `neutralQuery` (the word "weather" in that language). */
export function quickExitUrl(
  configured: string | Readonly<Record<string, string>> | undefined,
  locale: string,
  neutralQuery: string,
): string {
  const own = typeof configured === 'string' ? configured : configured?.[locale];
  return own ?? `${DEFAULT_SEARCH}${encodeURIComponent(neutralQuery)}`;
}
