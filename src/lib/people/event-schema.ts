/**
 * The shape of a campaign's events (`campaigns/<id>/events.yaml`): talks, workshops and
 * open days around the day, each at a wall-clock time in its own time zone or all day,
 * at a place or online.
 */
import { z } from 'astro/zod';
import { AUDIENCES } from '../content/toolkit-schema.ts';
import { safeUrlSchema } from '../safe-url-schema.ts';
import { entryIdSchema } from '../sources/help-schema.ts';
import { localeCodeSchema } from '../sources/languages.ts';
import { countryCodeSchema } from './supporter-schema.ts';
import { isTimeZone, LOCAL_DATE_TIME } from './time-zone.ts';

/** Who an event is for: a toolkit's audiences, or everyone. */
export const EVENT_AUDIENCES = [...AUDIENCES, 'everyone'] as const;

/** Who an event is for. */
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

const textPerLocale = z.record(localeCodeSchema, z.string().trim().min(1));
const localDateTime = z.string().regex(LOCAL_DATE_TIME, 'Write the time as YYYY-MM-DDTHH:MM, e.g. 2027-02-09T18:00.');

/** Runs the checks of field combinations even when a field is invalid, so that one run reports every problem. */
const everyProblemAtOnce = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** One event as written; which of the time fields and of place/online go together is checked after the shape. */
export const eventEntrySchema = z
  .strictObject({
    id: entryIdSchema,
    /** The title and description per locale; the campaign's default locale is required, others fall back to it. */
    title: textPerLocale,
    description: textPerLocale,
    /** An all-day event has `date` (and `endDate` if it lasts several days) instead of start, end and timeZone. */
    allDay: z.boolean().default(false),
    date: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
    /** Start and end as clocks show them where the event is held, in `timeZone`. */
    start: localDateTime.optional(),
    end: localDateTime.optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, 'Use an IANA time zone name, such as "Europe/Paris" or "America/Sao_Paulo".')
      .optional(),
    place: z.strictObject({ name: z.string().trim().min(1), city: z.string().trim().min(1).optional() }).optional(),
    online: z.strictObject({ url: safeUrlSchema(['https']) }).optional(),
    audience: z.enum(EVENT_AUDIENCES),
    country: countryCodeSchema,
    organiser: z.strictObject({ name: z.string().trim().min(1), url: safeUrlSchema(['https', 'http']).optional() }),
    /** A made-up event in demo content, which pages mark as a sample. */
    sample: z.boolean().default(false),
  })
  .superRefine((event, ctx) => {
    const missing = (field: string, why: string) =>
      ctx.addIssue({ code: 'custom', path: [field], input: undefined, message: why });
    const extra = (field: keyof typeof event, why: string) =>
      ctx.addIssue({
        code: 'custom',
        path: [field],
        input: event[field],
        message: `"${field}" does not go with ${why}`,
      });
    if (event.allDay) {
      if (event.date === undefined) missing('date', 'an all-day event needs its date');
      for (const field of ['start', 'end', 'timeZone'] as const)
        if (event[field] !== undefined) extra(field, 'allDay: true; give date (and endDate) instead');
    } else {
      for (const field of ['start', 'end', 'timeZone'] as const)
        if (event[field] === undefined) missing(field, `an event with times needs ${field}, or allDay: true`);
      for (const field of ['date', 'endDate'] as const)
        if (event[field] !== undefined) extra(field, 'start and end; add allDay: true for an all-day event');
    }
    if ((event.place === undefined) === (event.online === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [event.place ? 'online' : 'place'],
        input: event.online,
        message: 'an event has a place or is online, not both',
      });
  }, everyProblemAtOnce);

/** An event as written in events.yaml, validated. */
export type EventEntry = z.output<typeof eventEntrySchema>;

/** `events.yaml`: a list of events. */
export const eventsFileSchema = z.array(eventEntrySchema);

/** What each field expects, for reports. */
export const eventFieldGuide: Readonly<Record<string, string>> = {
  id: 'lowercase words joined by hyphens, e.g. "paris-parents-evening"; also the name of its .ics file',
  title: 'a map from locale code to the title, at least in the default locale, e.g. { en: Parents’ evening }',
  description: 'a map from locale code to a sentence or two, at least in the default locale',
  allDay: 'true for an event without times, which then has date (and endDate)',
  date: 'the day of an all-day event, YYYY-MM-DD',
  endDate: 'the last day of an all-day event that lasts several days, YYYY-MM-DD',
  start: 'the start as clocks show it where the event is held, YYYY-MM-DDTHH:MM, e.g. 2027-02-09T18:00',
  end: 'the end, YYYY-MM-DDTHH:MM, after the start',
  timeZone: 'the IANA time zone of the place, e.g. Europe/Paris, America/Sao_Paulo, Asia/Shanghai',
  place: 'where it is held: { name: Médiathèque Jean-Jaurès, city: Lyon }; or online instead',
  online: 'for an event online: { url: "https://…" }, the page where people join; or place instead',
  audience: `one of: ${EVENT_AUDIENCES.join(', ')}`,
  country: 'an ISO 3166-1 alpha-2 code in capitals, e.g. FR',
  organiser: 'who runs it: { name: …, url: "https://…" } (url optional)',
  sample: 'true for a made-up event of demo content, which pages mark as a sample',
};
