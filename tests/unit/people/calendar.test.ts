import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, eventFeed, eventUid } from '../../../src/lib/people/calendar.ts';
import { parseEvents } from '../../../src/lib/people/events.ts';

const text = `- id: paris-evening
  title: { en: "Parents' evening: phones, games; and chats", fr: Soirée des parents }
  description: { en: "A talk, then questions. A long description that the writer must fold at seventy-five octets, which RFC 5545 asks for." }
  start: 2027-02-09T18:00
  end: 2027-02-09T20:00
  timeZone: Europe/Paris
  place: { name: Médiathèque Jean-Jaurès, city: Lyon }
  audience: parents-carers
  country: FR
  organiser: { name: Example Parents }
- id: sydney-summer
  title: { en: Sydney workshop }
  description: { en: Workshop. }
  start: 2027-04-03T23:30
  end: 2027-04-04T04:30
  timeZone: Australia/Sydney
  place: { name: Example Hall }
  audience: educators
  country: AU
  organiser: { name: Example School }
- id: open-days
  title: { en: Open days, zh: 开放日 }
  description: { en: Two days. }
  allDay: true
  date: 2027-02-09
  endDate: 2027-02-10
  online: { url: "https://example.org/open" }
  audience: everyone
  country: CN
  organiser: { name: Example Library }
`;

const { events, problems } = parseEvents('events.yaml', text, { defaultLocale: 'en' });
const options = { campaign: 'sid-2027', locale: 'en', defaultLocale: 'en', stampMs: Date.UTC(2027, 1, 9) };

/** The VEVENTs of a calendar text, read back by ical.js, an independent parser. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('eventCalendar', () => {
  it('has valid input', () => expect(problems).toEqual([]));

  it('writes 18:00 in Paris on 9 February 2027 as 17:00 UTC', () => {
    const ics = eventCalendar(events[0]!, options);
    expect(ics).toContain('\r\nDTSTART:20270209T170000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20270209T190000Z\r\n');
    expect(ics).toContain('\r\nUID:paris-evening@sid-2027.sidkit\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20270209T000000Z\r\n');
  });

  it('round-trips through an independent parser: times, title, description and place', () => {
    for (const event of events) {
      const [read] = parsed(eventCalendar(event, options));
      expect(read!.uid).toBe(eventUid(event, 'sid-2027'));
      expect(read!.summary).toBe(event.title.en);
      expect(read!.description).toBe(event.description.en);
      if (event.time.allDay) {
        expect(read!.startDate.isDate).toBe(true);
        expect(read!.startDate.toString()).toBe(event.time.date);
        expect(read!.endDate.toString()).toBe('2027-02-11');
      } else {
        expect(read!.startDate.toJSDate().getTime()).toBe(event.time.startMs);
        expect(read!.endDate.toJSDate().getTime()).toBe(event.time.endMs);
      }
    }
    expect(parsed(eventCalendar(events[0]!, options))[0]!.location).toBe('Médiathèque Jean-Jaurès, Lyon');
  });

  it('keeps Sydney times right across the end of daylight saving', () => {
    const [read] = parsed(eventCalendar(events[1]!, options));
    // 23:30 at UTC+11 (summer time), 04:30 at UTC+10, after clocks went back from 03:00 to 02:00.
    expect(read!.startDate.toString()).toBe('2027-04-03T12:30:00Z');
    expect(read!.endDate.toString()).toBe('2027-04-03T18:30:00Z');
  });

  it('writes the locale’s texts, falling back to the default locale', () => {
    expect(parsed(eventCalendar(events[0]!, { ...options, locale: 'fr' }))[0]!.summary).toBe('Soirée des parents');
    expect(parsed(eventCalendar(events[2]!, { ...options, locale: 'zh' }))[0]!.summary).toBe('开放日');
    expect(parsed(eventCalendar(events[2]!, { ...options, locale: 'zh' }))[0]!.description).toBe('Two days.');
  });

  it('writes the event page as URL when given one, else the online address', () => {
    const withPage = eventCalendar(events[0]!, {
      ...options,
      eventUrl: (e) => `https://example.org/en/events/#${e.id}`,
    });
    expect(parsed(withPage)[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/en/events/#paris-evening',
    );
    expect(parsed(eventCalendar(events[2]!, options))[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/open',
    );
  });

  it('is byte-identical for the same input, and folds long lines', () => {
    const ics = eventCalendar(events[0]!, options);
    expect(eventCalendar(events[0]!, options)).toBe(ics);
    expect(Math.max(...ics.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });
});

describe('eventFeed', () => {
  it('holds every event, named, and parses back', () => {
    const ics = eventFeed(events, 'Safer Internet Day 2027', options);
    expect(ics).toContain('\r\nX-WR-CALNAME:Safer Internet Day 2027\r\n');
    expect(parsed(ics).map((event) => event.uid)).toEqual(events.map((event) => eventUid(event, 'sid-2027')));
    expect(eventFeed(events, 'Safer Internet Day 2027', options)).toBe(ics);
  });
});

describe('sample events', () => {
  it('open their description with the sample notice, when given one', () => {
    const [sample] = parseEvents(
      'events.yaml',
      text.replace('organiser: { name: Example Parents }', 'organiser: { name: Example Parents }\n  sample: true'),
    ).events;
    const notice = 'Sample event: fictional, for the demo.';
    expect(parsed(eventCalendar(sample!, { ...options, sampleNotice: notice }))[0]!.description).toBe(
      `${notice}\n\n${sample!.description.en}`,
    );
    expect(parsed(eventCalendar(events[0]!, { ...options, sampleNotice: notice }))[0]!.description).toBe(
      events[0]!.description.en,
    );
  });
});
