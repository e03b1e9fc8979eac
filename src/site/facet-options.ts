/**
 * The choices offered by the filters of the search page and the activity finder, with
 * their labels in the page language. Only values that occur in the locale are offered,
 * so no choice leads to an empty list by construction.
 */
import { createTranslate, type Translate } from '../i18n/translate.ts';
import { ACTIVITY_PURPOSES, AUDIENCES, type Audience } from '../lib/content/toolkit-schema.ts';
import { SEARCH_KINDS, type Facet } from '../lib/search/facets.ts';
import { TIME_BANDS } from '../lib/search/time-bands.ts';
import type { FinderItem } from './activity-finder.ts';
import type { SiteData } from './data.ts';

/** One filter: its URL parameter, its label and its choices (an "all" choice comes first on the page). */
export interface FacetChoices {
  facet: Facet;
  label: string;
  options: { value: string; label: string }[];
}

const audienceChoices = (t: Translate, audiences: readonly Audience[]): FacetChoices => ({
  facet: 'audience',
  label: t('toolkit.audience'),
  options: audiences.map((audience) => ({ value: audience, label: t(`audience.${audience}`) })),
});

/** The search page's filters: campaign (when the locale has several), kind, and the audiences of the locale's indexed toolkits. */
export function searchFacets(
  data: Pick<SiteData, 'campaigns' | 'toolkitRoutes' | 'toolkits'>,
  locale: string,
): FacetChoices[] {
  const t = createTranslate(locale);
  const campaigns = data.campaigns.filter((campaign) => campaign.data.locales.includes(locale));
  const indexed = data.toolkitRoutes.filter((route) => route.locale === locale && !route.fallback);
  const indexedAudiences = new Set(indexed.map((route) => data.toolkits.get(route.entryId)?.data.audience));
  const audiences = AUDIENCES.filter((audience) => indexedAudiences.has(audience));
  return [
    ...(campaigns.length > 1
      ? [
          {
            facet: 'campaign' as const,
            label: t('search.campaign'),
            options: campaigns.map((campaign) => ({
              value: campaign.id,
              label: campaign.data.title[locale] ?? campaign.id,
            })),
          },
        ]
      : []),
    {
      facet: 'kind',
      label: t('search.kind'),
      options: SEARCH_KINDS.map((kind) => ({ value: kind, label: t(`search.kind.${kind}`) })),
    },
    ...(audiences.length > 0 ? [audienceChoices(t, audiences)] : []),
  ];
}

/** The activity finder's filters: the audiences and purposes of the listed activities, and every time band. */
export function finderFacets(
  groups: readonly (readonly [Audience, readonly FinderItem[]])[],
  locale: string,
): FacetChoices[] {
  const t = createTranslate(locale);
  const purposes = ACTIVITY_PURPOSES.filter((purpose) =>
    groups.some(([, items]) => items.some((item) => item.purpose === purpose)),
  );
  return [
    audienceChoices(
      t,
      groups.map(([audience]) => audience),
    ),
    {
      facet: 'time',
      label: t('finder.time'),
      options: TIME_BANDS.map((band) => ({ value: band, label: t(`time.${band}`) })),
    },
    {
      facet: 'purpose',
      label: t('toolkit.purpose'),
      options: purposes.map((purpose) => ({ value: purpose, label: t(`purpose.${purpose}`) })),
    },
  ];
}
