/**
 * iCalendar files (RFC 5545) for a campaign's events, written by the `ics` library: one file
 * per event, for "Add to my calendar", and a feed of every event of a campaign in one
 * language, to subscribe to. Times are written in UTC, so every calendar shows them at the
 * reader's own clock time; all-day events are whole dates. The same events and the same
 * timestamp give the same bytes, build after build.
 */
import { createEvent, createEvents, type EventAttributes } from 'ics';
import { eventText, type CampaignEvent } from './events.ts';

/** What a campaign's calendar files are written with. */
export interface CalendarOptions {
  /** The campaign id, part of each event's UID. */
  readonly campaign: string;
  /** The locale of the texts, and the one they fall back to. */
  readonly locale: string;
  readonly defaultLocale: string;
  /** When the files were made (DTSTAMP), in milliseconds: the build's creation timestamp, never the clock. */
  readonly stampMs: number;
  /** The full address of the page an event is shown on, written as its URL; the online address when left out. */
  readonly eventUrl?: (event: CampaignEvent) => string;
  /** A line in the locale put before the description of a sample event (e.g. "Sample event: fictional."), so that a made-up event is marked in calendars too. */
  readonly sampleNotice?: string;
}

/** The one product that writes these files. */
const PRODUCT_ID = '-//sidkit//Safer Internet Day events//EN';

/** An event's UID, the same in every build and every language, so that a calendar updates an event instead of doubling it. */
export function eventUid(event: Pick<CampaignEvent, 'id'>, campaign: string): string {
  return `${event.id}@${campaign}.sidkit`;
}

type DateOnly = [number, number, number];

/** A date (YYYY-MM-DD) as ics takes one, optionally some days later. */
function dateParts(isoDate: string, addDays = 0): DateOnly {
  const date = new Date(Date.parse(`${isoDate}T00:00:00Z`) + addDays * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Where it takes place, as a calendar's location line: the place and its city, or the online address. */
function location(event: CampaignEvent): string {
  if (event.place) return [event.place.name, event.place.city].filter(Boolean).join(', ');
  return event.online?.url ?? '';
}

function attributes(event: CampaignEvent, options: CalendarOptions): EventAttributes {
  const { locale, defaultLocale } = options;
  const url = options.eventUrl?.(event) ?? event.online?.url;
  const common = {
    uid: eventUid(event, options.campaign),
    timestamp: options.stampMs,
    title: eventText(event, 'title', locale, defaultLocale).text,
    description: [
      ...(event.sample && options.sampleNotice ? [options.sampleNotice] : []),
      eventText(event, 'description', locale, defaultLocale).text,
    ].join('\n\n'),
    location: location(event),
    ...(url ? { url } : {}),
    productId: PRODUCT_ID,
  };
  const { time } = event;
  if (time.allDay)
    // DTEND of a whole-day event is the day after its last day (RFC 5545, 3.6.1).
    return { ...common, start: dateParts(time.date), end: dateParts(time.endDate, 1) };
  return {
    ...common,
    start: time.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: time.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
  };
}

function written(result: { error: Error | null; value: string | null }, what: string): string {
  if (result.error || result.value === null) throw new Error(`Could not write ${what}: ${String(result.error)}`);
  return result.value;
}

/** One event's .ics file, in the locale's words (the default locale's where it has none). */
export function eventCalendar(event: CampaignEvent, options: CalendarOptions): string {
  return written(createEvent(attributes(event, options)), `the calendar file of "${event.id}"`);
}

/** The feed of every event of a campaign in one locale, named `name` in calendar apps (X-WR-CALNAME). */
export function eventFeed(events: readonly CampaignEvent[], name: string, options: CalendarOptions): string {
  return written(
    createEvents(
      events.map((event) => attributes(event, options)),
      { productId: PRODUCT_ID, calName: name },
    ),
    `the calendar feed of ${options.campaign} in ${options.locale}`,
  );
}
