/**
 * Time bands for finding activities: a teacher says how much time they have, not the exact
 * minutes of an activity. The search index, the finder page and its filter share these bands.
 */

/** The bands, shortest first: up to 10, 30 or 60 minutes, and longer than an hour. */
export const TIME_BANDS = ['10', '30', '60', 'long'] as const;
/** A time band code, as it appears in URLs and in the search index's `time` filter. */
export type TimeBand = (typeof TIME_BANDS)[number];

// The longest activity each band holds; longer than the last is `long`.
const LIMITS = [
  ['10', 10],
  ['30', 30],
  ['60', 60],
] as const satisfies readonly (readonly [TimeBand, number])[];

/**
 * Every band an activity of this length fits in, so that "up to 30 minutes" also finds the
 * 10-minute activities; an activity over an hour is in the `long` band only.
 */
export function timeBandsOf(minutes: number): TimeBand[] {
  const fitting: TimeBand[] = LIMITS.filter(([, limit]) => minutes <= limit).map(([band]) => band);
  return fitting.length > 0 ? fitting : ['long'];
}
