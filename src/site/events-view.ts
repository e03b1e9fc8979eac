/**
 * What a campaign's events page shows in one locale: when the build judged which events are
 * still to come, the upcoming and past events grouped by country, and for each event its
 * texts (with the language they fell back to), its time in the event's own zone, its place
 * or online address, and its calendar file. The page template only lays it out.
 */
import type { EventAudience } from '../lib/people/event-schema.ts';
import { eventText, type CampaignEvent } from '../lib/people/events.ts';
import {
  eventDateTile,
  eventSections,
  formatEventTime,
  splitUpcoming,
  type EventDateTile,
  type EventTimeText,
} from '../lib/people/event-views.ts';
import type { CountryGroup } from '../lib/people/country-groups.ts';
import { eventCalendarPath, eventFeedPath } from '../lib/routing/people-files.ts';
import { siteHref } from './campaign-chrome.ts';
import type { Campaign } from './data.ts';
import { campaignEvents } from './event-pages.ts';
import { projectModel } from './project-model.ts';

/** One event's card. */
export interface EventCardView {
  id: string;
  /** `lang` is set when the text is in another language than the page (it fell back). */
  title: { text: string; lang?: string };
  description: { text: string; lang?: string };
  sample: boolean;
  allDay: boolean;
  time: EventTimeText;
  /** Its first day, for the calendar tile beside it. */
  tile: EventDateTile;
  place?: string;
  onlineUrl?: string;
  audience: EventAudience;
  organiser: { name: string; url?: string };
  calendarHref: string;
}

/** The events page of one campaign in one locale. */
export interface EventsView {
  /** The build's day (YYYY-MM-DD), which the page says it was updated on. */
  updated: string;
  /** The build's moment, against which events are upcoming or past. */
  builtAtMs: number;
  feedHref: string;
  upcoming: CountryGroup<EventCardView>[];
  past: CountryGroup<EventCardView>[];
  /** Whether any event is a sample, so the page explains the badge. */
  hasSamples: boolean;
}

/** An event's card in `locale`, with the campaign's default locale to fall back to. */
function eventCard(event: CampaignEvent, campaign: Campaign, locale: string): EventCardView {
  const { defaultLocale } = campaign.data;
  return {
    id: event.id,
    title: eventText(event, 'title', locale, defaultLocale),
    description: eventText(event, 'description', locale, defaultLocale),
    sample: event.sample,
    allDay: event.time.allDay,
    time: formatEventTime(event, locale),
    tile: eventDateTile(event, locale),
    ...(event.place ? { place: [event.place.name, event.place.city].filter(Boolean).join(', ') } : {}),
    ...(event.online ? { onlineUrl: event.online.url } : {}),
    audience: event.audience,
    organiser: event.organiser,
    calendarHref: siteHref(eventCalendarPath(locale, campaign.id, event.id)),
  };
}

/** The events page of `campaign` in `locale`, as the build sees it now. */
export function eventsView(campaign: Campaign, locale: string): EventsView {
  const model = projectModel();
  const events = campaignEvents(campaign.id);
  const sections = eventSections(events, model.builtAtMs, locale);
  const cards = (groups: typeof sections.upcoming) =>
    groups.map((group) => ({ ...group, items: group.items.map((event) => eventCard(event, campaign, locale)) }));
  return {
    updated: model.context.today,
    builtAtMs: model.builtAtMs,
    feedHref: siteHref(eventFeedPath(locale, campaign.id)),
    upcoming: cards(sections.upcoming),
    past: cards(sections.past),
    hasSamples: events.some((event) => event.sample),
  };
}

/** The soonest `count` events still to come at build time, whatever their country, for the home page's teaser. */
export function nextEvents(campaign: Campaign, locale: string, count: number): EventCardView[] {
  return splitUpcoming(campaignEvents(campaign.id), projectModel().builtAtMs)
    .upcoming.slice(0, count)
    .map((event) => eventCard(event, campaign, locale));
}
