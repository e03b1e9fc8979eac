/**
 * Where a campaign's "who takes part" pages and calendar files live: the supporters wall,
 * the events page with one .ics file per event and a feed of them all, and one page per
 * country. One place for these paths, so that pages, links and tests agree.
 */

/** Site path of the supporters wall, e.g. `/fr/sid-2027/supporters/`. */
export function supportersPagePath(locale: string, campaign: string): string {
  return `/${locale}/${campaign}/supporters/`;
}

/**
 * Site path of the supporters wall filtered by kind, country or both, e.g.
 * `/fr/sid-2027/supporters/kind/school/country/fr/`: each filter is a page of its own, so
 * that the filter links work without JavaScript on a static host.
 */
export function supportersFilterPath(
  locale: string,
  campaign: string,
  filter: { readonly kind?: string; readonly country?: string },
): string {
  const kind = filter.kind ? `kind/${filter.kind}/` : '';
  const country = filter.country ? `country/${filter.country.toLowerCase()}/` : '';
  return `${supportersPagePath(locale, campaign)}${kind}${country}`;
}

/** The events page's slug below the campaign, as its route and navigation know it. */
export const EVENTS_SLUG = 'events';

/** Site path of the events page, e.g. `/fr/sid-2027/events/`. */
export function eventsPagePath(locale: string, campaign: string): string {
  return `/${locale}/${campaign}/${EVENTS_SLUG}/`;
}

/** Site path of one event's calendar file, in the locale's words, e.g. `/fr/sid-2027/events/paris-parents-evening.ics`. */
export function eventCalendarPath(locale: string, campaign: string, eventId: string): string {
  return `/${locale}/${campaign}/events/${eventId}.ics`;
}

/** The name (without .ics) of a campaign's feed in a locale; no event may have it as its id. */
export function eventFeedName(locale: string, campaign: string): string {
  return `${campaign}-${locale}`;
}

/** Site path of the calendar feed of every event of a campaign in one locale, e.g. `/fr/sid-2027/events/sid-2027-fr.ics`. */
export function eventFeedPath(locale: string, campaign: string): string {
  return `/${locale}/${campaign}/events/${eventFeedName(locale, campaign)}.ics`;
}

/** Site path of a country's page, with the code in lowercase, e.g. `/fr/sid-2027/countries/fr/`. */
export function countryPagePath(locale: string, campaign: string, countryCode: string): string {
  return `/${locale}/${campaign}/countries/${countryCode.toLowerCase()}/`;
}
