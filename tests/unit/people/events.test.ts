import { describe, expect, it } from 'vitest';
import { eventText, parseEvents } from '../../../src/lib/people/events.ts';

const FILE = 'campaigns/demo/events.yaml';

const timed = `- id: paris-evening
  title: { en: Parents' evening, fr: Soirée des parents }
  description: { en: Talk and questions., fr: Exposé et questions. }
  start: 2027-02-09T18:00
  end: 2027-02-09T20:00
  timeZone: Europe/Paris
  place: { name: Médiathèque, city: Paris }
  audience: parents-carers
  country: FR
  organiser: { name: Example Parents, url: "https://example.org" }
  sample: true
`;

const allDay = `- id: open-day
  title: { en: Open day }
  description: { en: All day long. }
  allDay: true
  date: 2027-02-09
  online: { url: "https://example.org/live" }
  audience: everyone
  country: ES
  organiser: { name: Example School }
`;

const problemsOf = (text: string) =>
  parseEvents(FILE, text, { defaultLocale: 'en' }).problems.map(({ name, line, field, message }) => ({
    name,
    line,
    field,
    message,
  }));

describe('parseEvents', () => {
  it('reads timed and all-day events with their instants', () => {
    const { events, problems } = parseEvents(FILE, timed + allDay, { defaultLocale: 'en' });
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({
      id: 'paris-evening',
      sample: true,
      place: { name: 'Médiathèque', city: 'Paris' },
      time: { allDay: false, startMs: Date.UTC(2027, 1, 9, 17), endMs: Date.UTC(2027, 1, 9, 19) },
    });
    expect(events[1]).toMatchObject({
      id: 'open-day',
      sample: false,
      online: { url: 'https://example.org/live' },
      time: { allDay: true, date: '2027-02-09', endDate: '2027-02-09' },
    });
  });

  it('reports a time skipped by daylight saving at its line', () => {
    const text = timed.replace('2027-02-09T18:00', '2027-03-28T02:30').replace('2027-02-09T20:00', '2027-03-28T04:00');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ name: 'EventTimeInvalid', line: 4, field: 'paris-evening.start' }),
    ]);
    expect(problemsOf(text)[0]!.message).toContain('never shows on clocks there');
  });

  it('reports an end before the start, and an endDate before the date', () => {
    expect(problemsOf(timed.replace('T20:00', 'T17:00'))).toEqual([
      expect.objectContaining({ name: 'EventTimeInvalid', line: 5, field: 'paris-evening.end' }),
    ]);
    expect(problemsOf(allDay.replace('date: 2027-02-09', 'date: 2027-02-09\n  endDate: 2027-02-08'))).toEqual([
      expect.objectContaining({ name: 'EventTimeInvalid', line: 6, field: 'open-day.endDate' }),
    ]);
  });

  it('reports a bad time zone, country, audience and a missing time, each at its line, in one run', () => {
    const text = timed
      .replace('Europe/Paris', 'Europe/Lyon')
      .replace('country: FR', 'country: XX')
      .replace('parents-carers', 'grown-ups')
      .replace('  end: 2027-02-09T20:00\n', '');
    const found = problemsOf(text);
    expect(found.map((p) => [p.name, p.field, p.line])).toEqual(
      expect.arrayContaining([
        ['EventFieldInvalid', 'paris-evening.timeZone', 5],
        ['EventFieldInvalid', 'paris-evening.country', 8],
        ['EventFieldInvalid', 'paris-evening.audience', 7],
        ['EventFieldInvalid', 'paris-evening.end', 1],
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('reports both place and online, and neither', () => {
    const both = timed.replace('  audience', '  online: { url: "https://example.org/x" }\n  audience');
    expect(problemsOf(both)).toEqual([
      expect.objectContaining({ name: 'EventFieldInvalid', field: 'paris-evening.online' }),
    ]);
    expect(problemsOf(timed.replace(/ {2}place:.*\n/, ''))).toEqual([
      expect.objectContaining({ name: 'EventFieldInvalid', field: 'paris-evening.place' }),
    ]);
  });

  it('reports times mixed with allDay', () => {
    expect(problemsOf(allDay.replace('  online', '  start: 2027-02-09T10:00\n  online'))).toEqual([
      expect.objectContaining({ name: 'EventFieldInvalid', field: 'open-day.start', line: 6 }),
    ]);
  });

  it('reports a title or description missing in the default locale, and duplicate ids', () => {
    const found = problemsOf(timed.replace("en: Parents' evening, ", '') + timed);
    expect(found).toEqual([
      expect.objectContaining({ name: 'DuplicateId', field: 'paris-evening.id', line: 12 }),
      expect.objectContaining({ name: 'EventFieldInvalid', field: 'paris-evening.title', line: 2 }),
    ]);
  });

  it('reports an unsafe or non-https online address as a link problem', () => {
    const found = problemsOf(allDay.replace('https://example.org/live', 'javascript:alert(1)'));
    expect(found.map((p) => p.name)).toEqual(['UnsafeLink']);
    expect(problemsOf(allDay.replace('https://example.org/live', 'http://example.org/live'))[0]).toMatchObject({
      name: 'EventFieldInvalid',
      field: 'open-day.online.url',
    });
  });
});

describe('eventText', () => {
  const [event] = parseEvents(FILE, timed).events;
  it('gives the text in the locale, else the default locale with its language', () => {
    expect(eventText(event!, 'title', 'fr', 'en')).toEqual({ text: 'Soirée des parents' });
    expect(eventText(event!, 'title', 'ar', 'en')).toEqual({ text: "Parents' evening", lang: 'en' });
  });
});

describe('reserved ids', () => {
  it('refuses an event id that is the name of a calendar feed', () => {
    const found = parseEvents(FILE, timed.replace('id: paris-evening', 'id: sid-2027-fr'), {
      reservedIds: ['sid-2027-en', 'sid-2027-fr'],
    }).problems;
    expect(found).toEqual([expect.objectContaining({ name: 'EventFieldInvalid', line: 1, field: 'sid-2027-fr.id' })]);
  });
});

describe('terminology', () => {
  it('reports a term to avoid in a title or description at its line', () => {
    const rules = new Map([
      [
        'en',
        [
          {
            term: 'child pornography',
            patterns: ['child porn(?:ography|ographic)?'],
            wholeWords: true,
            preferred: 'child sexual abuse material',
            source: 'A/HRC/28/56',
            para: '29',
          },
        ],
      ],
    ]);
    const text = timed.replace('Talk and questions.', 'Talk on child pornography.');
    const found = parseEvents(FILE, text, {
      terminology: { rules, mode: 'error', locales: ['en', 'fr'] },
    }).problems;
    expect(found).toEqual([
      expect.objectContaining({ name: 'TerminologyFinding', line: 3, field: 'paris-evening.description.en' }),
    ]);
  });
});
