/**
 * What the supporters wall shows: the supporters a filter link selects, the count behind
 * each filter link, and names in the reader's language. A filter is a kind and a country,
 * which pages turn into links, so that filtering works without JavaScript.
 */
import { helpEntryName } from '../sources/help.ts';
import { SUPPORTER_KINDS, type Supporter, type SupporterKind } from './supporter-schema.ts';

/** A choice of supporters: by kind, by country, both or neither. */
export interface SupporterFilter {
  readonly kind?: SupporterKind;
  readonly country?: string;
}

/** Whether a supporter is one the filter selects. */
export function matchesFilter(supporter: Supporter, filter: SupporterFilter): boolean {
  return (
    (filter.kind === undefined || supporter.kind === filter.kind) &&
    (filter.country === undefined || supporter.country === filter.country)
  );
}

/** The supporters a filter selects, in the order given. */
export function filterSupporters(supporters: readonly Supporter[], filter: SupporterFilter): Supporter[] {
  return supporters.filter((supporter) => matchesFilter(supporter, filter));
}

/**
 * How many supporters each filter link would show, given the current filter: kinds counted
 * within the chosen country, countries within the chosen kind (so that every count is what
 * the link leads to). Kinds in SUPPORTER_KINDS order, countries by code; values without
 * supporters left out. One pass.
 */
export function filterCounts(
  supporters: readonly Supporter[],
  filter: SupporterFilter = {},
): { total: number; kinds: Map<SupporterKind, number>; countries: Map<string, number> } {
  const kinds = new Map<SupporterKind, number>();
  const countries = new Map<string, number>();
  let total = 0;
  for (const supporter of supporters) {
    if (filter.country === undefined || supporter.country === filter.country)
      kinds.set(supporter.kind, (kinds.get(supporter.kind) ?? 0) + 1);
    if (filter.kind === undefined || supporter.kind === filter.kind)
      countries.set(supporter.country, (countries.get(supporter.country) ?? 0) + 1);
    if (matchesFilter(supporter, filter)) total++;
  }
  return {
    total,
    kinds: new Map(SUPPORTER_KINDS.filter((kind) => kinds.has(kind)).map((kind) => [kind, kinds.get(kind)!])),
    countries: new Map([...countries].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/**
 * Every filter that selects at least one supporter: none, each kind, each country, and each
 * kind in each country; the pages a wall with filter links needs, one pass over the list.
 */
export function supporterFilters(supporters: readonly Supporter[]): SupporterFilter[] {
  const filters = new Map<string, SupporterFilter>([['', {}]]);
  for (const { kind, country } of supporters) {
    filters.set(`${kind}|`, { kind });
    filters.set(`|${country}`, { country });
    filters.set(`${kind}|${country}`, { kind, country });
  }
  return [...filters.values()];
}

/** A supporter's name in `locale`, else in the default locale, with `lang` set when it is in another language. */
export function supporterName(
  supporter: Supporter,
  locale: string,
  defaultLocale: string,
): { text: string; lang?: string } {
  return helpEntryName(supporter, locale, defaultLocale);
}

/** Supporters in the order of their names in `locale` (the wall's order). */
export function sortSupporters(supporters: readonly Supporter[], locale: string, defaultLocale: string): Supporter[] {
  const collator = new Intl.Collator(locale);
  return supporters
    .map((supporter) => ({ supporter, name: supporterName(supporter, locale, defaultLocale).text }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ supporter }) => supporter);
}
