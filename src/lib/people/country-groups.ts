/**
 * Supporters, events and help entries by country: the groups of the events page and the
 * country pages, named and ordered in the reader's language, built in one pass.
 */
import { areaName } from '../sources/help.ts';
import { HELP_KINDS, type HelpEntry } from '../sources/help-schema.ts';
import type { CampaignEvent } from './events.ts';
import type { Supporter } from './supporter-schema.ts';

/** Help entries for an area rather than a country: worldwide, and across Europe. */
const AREA_CODES = new Set(['INT', 'EU']);

/** Items of one country, with its name in the page's locale. */
export interface CountryGroup<T> {
  /** ISO 3166-1 alpha-2, in capitals. */
  readonly code: string;
  readonly name: string;
  readonly items: T[];
}

/** A country's name in `locale`, from `Intl.DisplayNames` (e.g. "Égypte" in fr, "埃及" in zh). */
export function countryName(code: string, locale: string): string {
  return areaName(code, locale, code);
}

/**
 * Items grouped by their `country`, the groups in the order of the countries' names in
 * `locale` (its own collation: Arabic, Chinese and Russian names sort as readers expect),
 * items kept in the order given.
 */
export function groupByCountryName<T extends { readonly country: string }>(
  items: readonly T[],
  locale: string,
): CountryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.country);
    if (group) group.push(item);
    else groups.set(item.country, [item]);
  }
  const collator = new Intl.Collator(locale);
  return [...groups]
    .map(([code, group]) => ({ code, name: countryName(code, locale), items: group }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What a country page shows. */
export interface CountryPage {
  readonly code: string;
  /** The country's help entries in kind order (emergency first), each with its lastVerified date. */
  readonly help: HelpEntry[];
  readonly supporters: Supporter[];
  readonly events: CampaignEvent[];
}

/**
 * One page per country with help entries, supporters or events, holding that country's
 * help entries, supporters and events, by code in alphabetical order. Worldwide and
 * Europe-wide help entries (INT, EU) belong to no country page.
 */
export function countryPages(campaign: {
  readonly help: readonly HelpEntry[];
  readonly supporters: readonly Supporter[];
  readonly events: readonly CampaignEvent[];
}): CountryPage[] {
  const pages = new Map<string, CountryPage>();
  const page = (code: string) => {
    let found = pages.get(code);
    if (!found) {
      found = { code, help: [], supporters: [], events: [] };
      pages.set(code, found);
    }
    return found;
  };
  for (const supporter of campaign.supporters) page(supporter.country).supporters.push(supporter);
  for (const event of campaign.events) page(event.country).events.push(event);
  for (const entry of campaign.help) if (!AREA_CODES.has(entry.country)) page(entry.country).help.push(entry);
  for (const { help } of pages.values()) help.sort((a, b) => HELP_KINDS.indexOf(a.kind) - HELP_KINDS.indexOf(b.kind));
  return [...pages.values()].sort((a, b) => a.code.localeCompare(b.code));
}
