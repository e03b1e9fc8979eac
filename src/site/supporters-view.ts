/**
 * What the supporters wall shows in one locale under one filter: the count in the locale's
 * plural form, the filter links by kind and by country with what each would show, and the
 * supporters the filter selects as cards. Only the wall holds every card: a filter page
 * holds its own, so that the pages together grow with the list (each supporter is on four
 * pages) rather than with the list times the filters. The page template only lays it out.
 */
import { formatNumber } from '../i18n/format.ts';
import { pluralCategory } from '../i18n/plural.ts';
import type { Translate } from '../i18n/translate.ts';
import { countryName } from '../lib/people/country-groups.ts';
import type { Supporter, SupporterKind } from '../lib/people/supporter-schema.ts';
import {
  filterCounts,
  filterSupporters,
  matchesFilter,
  sortSupporters,
  supporterName,
  type SupporterFilter,
} from '../lib/people/supporter-views.ts';
import { supportersFilterPath } from '../lib/routing/people-files.ts';
import { siteHref } from './campaign-chrome.ts';

/** "12 supporters" in the locale's words, digits and plural form. */
export function supporterCount(t: Translate, count: number, locale: string): string {
  return t(`supporters.count.${pluralCategory(count, locale)}`, { count: formatNumber(count, locale) });
}

/** One filter link: where it leads, how many it would show, and whether it is the current choice. */
export interface FilterLinkView {
  /** The kind or country code it chooses; empty for "All". */
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly href: string;
  readonly current: boolean;
}

/** One supporter on the wall. */
export interface SupporterCardView {
  readonly supporter: Supporter;
  readonly name: { text: string; lang?: string };
  readonly kindLabel: string;
  readonly countryName: string;
}

/** The wall of one campaign in one locale under one filter. */
export interface SupportersWallView {
  readonly total: number;
  readonly kinds: FilterLinkView[];
  readonly countries: FilterLinkView[];
  readonly cards: SupporterCardView[];
  /** Whether the page holds every card (the wall, unfiltered), which in-place filtering needs. */
  readonly complete: boolean;
  /** Whether any supporter is a sample, for the note that says so. */
  readonly hasSamples: boolean;
  /** The wall's own address, which the script builds filter addresses from. */
  readonly wallHref: string;
}

/** The wall of `campaign` in `locale` under `filter`. */
export function supportersWallView(
  supporters: readonly Supporter[],
  filter: SupporterFilter,
  context: { campaign: string; locale: string; defaultLocale: string; t: Translate },
): SupportersWallView {
  const { campaign, locale, defaultLocale, t } = context;
  const href = (target: SupporterFilter) => siteHref(supportersFilterPath(locale, campaign, target));
  const everyone = filterCounts(supporters);
  const counts = filterCounts(supporters, filter);
  const all = (value: 'kind' | 'country'): FilterLinkView => {
    const target = value === 'kind' ? { country: filter.country } : { kind: filter.kind };
    return {
      value: '',
      label: t('supporters.all'),
      count: supporters.filter((supporter) => matchesFilter(supporter, target)).length,
      href: href(target),
      current: filter[value] === undefined,
    };
  };
  const kinds = [...everyone.kinds.keys()].map((kind: SupporterKind): FilterLinkView => ({
    value: kind,
    label: t(`supporters.kind.${kind}`),
    count: counts.kinds.get(kind) ?? 0,
    href: href({ ...filter, kind }),
    current: filter.kind === kind,
  }));
  const collator = new Intl.Collator(locale);
  const countries = [...everyone.countries.keys()]
    .map((code): FilterLinkView => ({
      value: code,
      label: countryName(code, locale),
      count: counts.countries.get(code) ?? 0,
      href: href({ ...filter, country: code }),
      current: filter.country === code,
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return {
    total: counts.total,
    kinds: [all('kind'), ...kinds],
    countries: [all('country'), ...countries],
    cards: sortSupporters(filterSupporters(supporters, filter), locale, defaultLocale).map((supporter) => ({
      supporter,
      name: supporterName(supporter, locale, defaultLocale),
      kindLabel: t(`supporters.kind.${supporter.kind}`),
      countryName: countryName(supporter.country, locale),
    })),
    complete: filter.kind === undefined && filter.country === undefined,
    hasSamples: supporters.some((supporter) => supporter.sample),
    wallHref: href({}),
  };
}
