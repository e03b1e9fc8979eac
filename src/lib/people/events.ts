/**
 * A campaign's events: loading and checking `events.yaml`, and turning each event's
 * wall-clock times into instants once, so that pages, calendar files and the upcoming/past
 * split all read the same times.
 */
import * as kinds from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { duplicateIds } from '../sources/duplicate-ids.ts';
import { findTerms } from '../terminology/find-terms.ts';
import { terminologyFinding, type TerminologyMode } from '../terminology/finding.ts';
import type { TerminologyRule } from '../terminology/terminology-schema.ts';
import { rulesForProse } from '../terminology/terminology.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { eventFieldGuide, eventsFileSchema, type EventEntry } from './event-schema.ts';
import { zonedInstant } from './time-zone.ts';

/** When an event happens: at times in a zone, or on whole days. */
export type EventTime =
  | {
      readonly allDay: false;
      /** As written: wall-clock times where the event is held, and its IANA zone. */
      readonly start: string;
      readonly end: string;
      readonly timeZone: string;
      /** The same times as instants (milliseconds since 1970, UTC). */
      readonly startMs: number;
      readonly endMs: number;
    }
  | {
      readonly allDay: true;
      /** First and last day (YYYY-MM-DD), the same for a one-day event. */
      readonly date: string;
      readonly endDate: string;
    };

/** A validated event, with its times resolved. */
export interface CampaignEvent {
  readonly id: string;
  readonly title: Readonly<Record<string, string>>;
  readonly description: Readonly<Record<string, string>>;
  readonly time: EventTime;
  readonly place?: { readonly name: string; readonly city?: string };
  readonly online?: { readonly url: string };
  readonly audience: EventEntry['audience'];
  readonly country: string;
  readonly organiser: { readonly name: string; readonly url?: string };
  readonly sample: boolean;
}

/** The events of a file, and every problem found in it. Events are empty if the file does not match the schema. */
export interface EventsFile {
  readonly events: readonly CampaignEvent[];
  readonly problems: readonly Problem[];
}

/** What events are checked against: the campaign's default locale, which every title and description needs, and the ids taken. */
export interface EventsOptions {
  readonly defaultLocale?: string;
  /** Names no event id may take, such as the campaign's feed files (`<campaign>-<locale>`), which share the events folder. */
  readonly reservedIds?: readonly string[];
  /** Terms to avoid per locale, and whether a finding stops the build: titles and descriptions are prose like a page's. */
  readonly terminology?: {
    readonly rules: ReadonlyMap<string, readonly TerminologyRule[]>;
    readonly mode: TerminologyMode;
    readonly locales: readonly string[];
  };
}

/** Terms to avoid in an event's titles and descriptions, at `title.<locale>` or `description.<locale>`. */
function terminologyProblems(event: EventEntry, terminology: NonNullable<EventsOptions['terminology']>): PathProblem[] {
  return (['title', 'description'] as const).flatMap((field) =>
    Object.entries(event[field]).flatMap(([locale, text]) =>
      findTerms(text, rulesForProse(terminology.rules, locale, terminology.locales)).map((match) => ({
        kind: kinds.TerminologyFinding,
        path: [field, locale],
        ...terminologyFinding(match, terminology.mode),
      })),
    ),
  );
}

const TIME_REASONS = {
  malformed: 'is not a real date and time',
  'unknown-zone': 'is in an unknown time zone',
  nonexistent: 'never shows on clocks there: they skip that hour when daylight saving time starts',
} as const;

/** The event's times as instants, or the problems that leave it without any. */
function resolveTime(event: EventEntry): { time?: EventTime; problems: PathProblem[] } {
  if (event.allDay) {
    const date = event.date!;
    const endDate = event.endDate ?? date;
    if (endDate >= date) return { time: { allDay: true, date, endDate }, problems: [] };
    return {
      problems: [
        {
          kind: kinds.EventTimeInvalid,
          path: ['endDate'],
          message: `endDate ${endDate} is before date ${date}`,
          expected: `the event's last day, on or after ${date}`,
        },
      ],
    };
  }
  const { start, end, timeZone } = event as Required<Pick<EventEntry, 'start' | 'end' | 'timeZone'>>;
  const problems: PathProblem[] = [];
  const instant = (field: 'start' | 'end', local: string) => {
    const result = zonedInstant(local, timeZone);
    if (result.ok) return result.epochMs;
    problems.push({
      kind: kinds.EventTimeInvalid,
      path: [field],
      message: `${local} in ${timeZone} ${TIME_REASONS[result.reason]}`,
      expected:
        result.reason === 'nonexistent'
          ? 'a time an hour later (or earlier), which clocks there do show'
          : 'a date and time written YYYY-MM-DDTHH:MM',
    });
    return undefined;
  };
  const startMs = instant('start', start);
  const endMs = instant('end', end);
  if (startMs === undefined || endMs === undefined) return { problems };
  if (endMs <= startMs)
    return {
      problems: [
        {
          kind: kinds.EventTimeInvalid,
          path: ['end'],
          message: `the event ends (${end}) before or when it starts (${start})`,
          expected: `an end after ${start}`,
        },
      ],
    };
  return { time: { allDay: false, start, end, timeZone, startMs, endMs }, problems };
}

/** Titles and descriptions lacking the default locale, which other locales fall back to. */
function missingDefaultTexts(event: EventEntry, defaultLocale: string): PathProblem[] {
  return (['title', 'description'] as const).flatMap((field) =>
    Object.hasOwn(event[field], defaultLocale)
      ? []
      : [
          {
            kind: kinds.EventFieldInvalid,
            path: [field],
            message: `"${event.id}" has no ${field} in "${defaultLocale}", the campaign's default locale`,
            expected: `a ${field} in "${defaultLocale}", which pages in other languages fall back to`,
          },
        ],
  );
}

/** Validates the text of an events file; every problem carries the file and line. */
export function parseEvents(file: string, text: string, options: EventsOptions = {}): EventsFile {
  const { data, problems, locate } = readYamlFile(file, text, eventsFileSchema, {
    kind: kinds.EventFieldInvalid,
    guide: eventFieldGuide,
  });
  if (!data) return { events: [], problems };
  const found: PathProblem[] = [...duplicateIds(data)];
  const events: CampaignEvent[] = [];
  data.forEach((entry, index) => {
    const at = (p: PathProblem): PathProblem => ({ ...p, path: [index, ...p.path] });
    const { time, problems: timeProblems } = resolveTime(entry);
    found.push(...timeProblems.map(at));
    if (options.defaultLocale) found.push(...missingDefaultTexts(entry, options.defaultLocale).map(at));
    if (options.terminology) found.push(...terminologyProblems(entry, options.terminology).map(at));
    if (options.reservedIds?.includes(entry.id))
      found.push({
        kind: kinds.EventFieldInvalid,
        path: [index, 'id'],
        message: `"${entry.id}" is the name of the campaign's calendar feed, whose file sits beside the events' files`,
        expected: 'another id, e.g. with the place or the kind of event in it',
      });
    if (!time) return;
    const { id, title, description, place, online, audience, country, organiser, sample } = entry;
    events.push({
      id,
      title,
      description,
      time,
      ...(place ? { place } : {}),
      ...(online ? { online } : {}),
      audience,
      country,
      organiser,
      sample,
    });
  });
  return { events, problems: found.map(locate) };
}

/** An event's title or description in `locale`, else in `fallbackLocale`; `lang` is set when it is in another language. */
export function eventText(
  event: CampaignEvent,
  field: 'title' | 'description',
  locale: string,
  fallbackLocale: string,
): { text: string; lang?: string } {
  const own = event[field][locale];
  if (own !== undefined) return { text: own };
  const lang = Object.hasOwn(event[field], fallbackLocale) ? fallbackLocale : (Object.keys(event[field])[0] ?? locale);
  return { text: event[field][lang] ?? event.id, lang };
}
