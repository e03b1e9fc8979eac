/**
 * What the events page shows, worked out from the model: which events are still to come
 * when the site is built, and each event's date and time in the reader's language with the
 * event's own time zone, so "18:00" is never read as the reader's 18:00.
 */
import { dateTimeFormat } from '../../i18n/format.ts';
import { groupByCountryName, type CountryGroup } from './country-groups.ts';
import type { CampaignEvent } from './events.ts';

const DAY_MS = 86_400_000;
/** The last time zone on Earth (UTC-12) ends a day 12 hours after UTC does. */
const LAST_ZONE_MS = 12 * 3_600_000;

/** When an event starts, as an instant; an all-day event at the start of its first day in UTC. Used for ordering. */
export function eventStartMs(event: CampaignEvent): number {
  return event.time.allDay ? Date.parse(`${event.time.date}T00:00:00Z`) : event.time.startMs;
}

/** When an event is over: its end, or for an all-day event the end of its last day everywhere on Earth. */
export function eventEndMs(event: CampaignEvent): number {
  return event.time.allDay ? Date.parse(`${event.time.endDate}T00:00:00Z`) + DAY_MS + LAST_ZONE_MS : event.time.endMs;
}

/**
 * Events not yet over at `nowMs` (the build's time), soonest first, and those over, latest
 * first. An event under way counts as upcoming. The page says when it was built, since
 * "upcoming" is only true on that day.
 */
export function splitUpcoming(
  events: readonly CampaignEvent[],
  nowMs: number,
): { upcoming: CampaignEvent[]; past: CampaignEvent[] } {
  const upcoming: CampaignEvent[] = [];
  const past: CampaignEvent[] = [];
  for (const event of events) (eventEndMs(event) > nowMs ? upcoming : past).push(event);
  const soonest = (a: CampaignEvent, b: CampaignEvent) => eventStartMs(a) - eventStartMs(b) || a.id.localeCompare(b.id);
  return { upcoming: upcoming.sort(soonest), past: past.sort((a, b) => soonest(b, a)) };
}

/**
 * The events page's two sections at `nowMs`: upcoming events, then past ones, each grouped by
 * country in the order of the countries' names in `locale`, soonest (or latest) first within.
 */
export function eventSections(
  events: readonly CampaignEvent[],
  nowMs: number,
  locale: string,
): { upcoming: CountryGroup<CampaignEvent>[]; past: CountryGroup<CampaignEvent>[] } {
  const { upcoming, past } = splitUpcoming(events, nowMs);
  return { upcoming: groupByCountryName(upcoming, locale), past: groupByCountryName(past, locale) };
}

/** An event's time as a page shows it: the text, machine-readable values for `<time datetime>`, and its zone's name. */
export interface EventTimeText {
  /** E.g. "Tuesday 9 February 2027, 18:00–20:00 CET", in the locale's words and digits. */
  readonly text: string;
  /** ISO 8601 start and end: a UTC instant for timed events, a date for all-day ones. */
  readonly startIso: string;
  readonly endIso: string;
  /** The zone the times are in, in the locale's words (e.g. "heure normale d’Europe centrale"); absent for all-day events. */
  readonly zoneName?: string;
}

/** Formats an event's date and time in `locale`, at clock times where the event is held, the zone named. */
export function formatEventTime(event: CampaignEvent, locale: string): EventTimeText {
  const { time } = event;
  if (time.allDay) {
    const format = dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const start = Date.parse(`${time.date}T00:00:00Z`);
    const end = Date.parse(`${time.endDate}T00:00:00Z`);
    return {
      text: start === end ? format.format(start) : format.formatRange(start, end),
      startIso: time.date,
      endIso: time.endDate,
    };
  }
  const format = dateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: time.timeZone,
    timeZoneName: 'short',
  });
  const zone = dateTimeFormat(locale, { timeZone: time.timeZone, timeZoneName: 'long' })
    .formatToParts(time.startMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  return {
    text: format.formatRange(time.startMs, time.endMs),
    startIso: new Date(time.startMs).toISOString(),
    endIso: new Date(time.endMs).toISOString(),
    ...(zone ? { zoneName: zone } : {}),
  };
}

/** An event's first day as a calendar tile shows it, in the locale's words: "Tue", "9", "Feb". */
export interface EventDateTile {
  readonly weekday: string;
  readonly day: string;
  readonly month: string;
}

/** The tile of an event's first day, as clocks show it where the event is held (an all-day event's own date). */
export function eventDateTile(event: CampaignEvent, locale: string): EventDateTile {
  const { time } = event;
  const [instant, timeZone] = time.allDay
    ? [Date.parse(`${time.date}T00:00:00Z`), 'UTC']
    : [time.startMs, time.timeZone];
  const part = (options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(locale, { ...options, timeZone }).format(instant);
  return { weekday: part({ weekday: 'short' }), day: part({ day: 'numeric' }), month: part({ month: 'short' }) };
}
