import { describe, expect, it } from 'vitest';
import { countryName, countryPages, groupByCountryName } from '../../../src/lib/people/country-groups.ts';
import { eventEndMs, eventSections, formatEventTime, splitUpcoming } from '../../../src/lib/people/event-views.ts';
import { parseEvents } from '../../../src/lib/people/events.ts';
import type { Supporter } from '../../../src/lib/people/supporter-schema.ts';
import {
  filterCounts,
  filterSupporters,
  sortSupporters,
  supporterFilters,
  supporterName,
} from '../../../src/lib/people/supporter-views.ts';
import { supportersFilterPath } from '../../../src/lib/routing/people-files.ts';
import type { HelpEntry } from '../../../src/lib/sources/help-schema.ts';

const eventYaml = (id: string, country: string, when: string) => `- id: ${id}
  title: { en: ${id} }
  description: { en: About ${id}. }
${when}
  place: { name: Hall }
  audience: everyone
  country: ${country}
  organiser: { name: Example }
`;
const timed = (start: string, end: string, zone: string) => `  start: ${start}\n  end: ${end}\n  timeZone: ${zone}`;

const { events, problems } = parseEvents(
  'events.yaml',
  [
    eventYaml('paris', 'FR', timed('2027-02-09T18:00', '2027-02-09T20:00', 'Europe/Paris')),
    eventYaml('cairo', 'EG', timed('2027-02-08T10:00', '2027-02-08T12:00', 'Africa/Cairo')),
    eventYaml('beijing', 'CN', timed('2027-02-09T09:30', '2027-02-09T11:00', 'Asia/Shanghai')),
    eventYaml('madrid-day', 'ES', '  allDay: true\n  date: 2027-02-09'),
  ].join(''),
);
const byId = (id: string) => events.find((event) => event.id === id)!;

describe('splitUpcoming', () => {
  it('has valid input', () => expect(problems).toEqual([]));

  it('puts events not over at the build time first, soonest first, then past ones, latest first', () => {
    const { upcoming, past } = splitUpcoming(events, Date.UTC(2027, 1, 9, 12));
    expect(upcoming.map((e) => e.id)).toEqual(['madrid-day', 'paris']);
    expect(past.map((e) => e.id)).toEqual(['beijing', 'cairo']);
  });

  it('counts an event under way as upcoming', () => {
    expect(splitUpcoming(events, Date.UTC(2027, 1, 9, 17, 30)).upcoming.map((e) => e.id)).toContain('paris');
  });

  it('keeps an all-day event upcoming until its day is over everywhere', () => {
    const end = eventEndMs(byId('madrid-day'));
    expect(end).toBe(Date.UTC(2027, 1, 10, 12));
    expect(splitUpcoming(events, end - 1).upcoming.map((e) => e.id)).toEqual(['madrid-day']);
    expect(splitUpcoming(events, end).upcoming).toEqual([]);
  });
});

describe('eventSections', () => {
  it('groups upcoming and past events by country, in the locale’s order of country names', () => {
    const { upcoming, past } = eventSections(events, Date.UTC(2027, 1, 9, 12), 'fr');
    expect(upcoming.map((group) => [group.name, group.items.map((e) => e.id)])).toEqual([
      ['Espagne', ['madrid-day']],
      ['France', ['paris']],
    ]);
    expect(past.map((group) => group.name)).toEqual(['Chine', 'Égypte']);
  });
});

describe('formatEventTime', () => {
  it('shows the time where the event is held with its zone, in en, ar and zh', () => {
    const en = formatEventTime(byId('paris'), 'en');
    expect(en.text).toMatch(/6:00\s*–\s*8:00\s*PM GMT\+1/);
    expect(en.text).toContain('February 9, 2027');
    expect(en.zoneName).toBe('Central European Standard Time');
    expect(en.startIso).toBe('2027-02-09T17:00:00.000Z');
    const ar = formatEventTime(byId('paris'), 'ar');
    expect(ar.text).toContain('فبراير');
    expect(ar.text).toContain('+1');
    const zh = formatEventTime(byId('beijing'), 'zh');
    expect(zh.text).toContain('2027年2月9日');
    expect(zh.text).toMatch(/09:30|9:30/);
    expect(zh.text).toContain('GMT+8');
  });

  it('gives an all-day event as a date, without a zone', () => {
    const fr = formatEventTime(byId('madrid-day'), 'fr');
    expect(fr).toEqual({ text: 'mardi 9 février 2027', startIso: '2027-02-09', endIso: '2027-02-09' });
  });
});

describe('groupByCountryName', () => {
  const items = ['FR', 'EG', 'CN', 'RU', 'GB', 'FR'].map((country, index) => ({ country, index }));
  it('orders countries by their name in the locale', () => {
    expect(groupByCountryName(items, 'en').map((g) => g.name)).toEqual([
      'China',
      'Egypt',
      'France',
      'Russia',
      'United Kingdom',
    ]);
    expect(groupByCountryName(items, 'ar').map((g) => g.code)).toEqual(['CN', 'GB', 'RU', 'FR', 'EG']);
    expect(groupByCountryName(items, 'zh').map((g) => g.name)).toEqual(['埃及', '俄罗斯', '法国', '英国', '中国']);
  });
  it('keeps the items of a country in order', () => {
    expect(
      groupByCountryName(items, 'en')
        .find((g) => g.code === 'FR')!
        .items.map((i) => i.index),
    ).toEqual([0, 5]);
  });
  it('names countries with Intl.DisplayNames', () => {
    expect(countryName('EG', 'ar')).toBe('مصر');
  });
});

const supporter = (id: string, kind: Supporter['kind'], country: string, name: Supporter['name']): Supporter => ({
  id,
  kind,
  country,
  name,
  url: `https://example.org/${id}`,
  logo: `supporters/logos/${id}.svg`,
  joined: '2026-10-01',
  sample: true,
});

const supporters = [
  supporter('a', 'school', 'FR', { en: 'Zeta School', fr: 'École Zêta' }),
  supporter('b', 'ngo', 'FR', 'Alpha Aid'),
  supporter('c', 'school', 'EG', { en: 'Beta School', ar: 'مدرسة بيتا' }),
  supporter('d', 'library', 'CN', { en: 'Gamma Library', zh: '伽马图书馆' }),
];

describe('supporter filters', () => {
  it('selects by kind, country or both', () => {
    expect(filterSupporters(supporters, { kind: 'school' }).map((s) => s.id)).toEqual(['a', 'c']);
    expect(filterSupporters(supporters, { kind: 'school', country: 'FR' }).map((s) => s.id)).toEqual(['a']);
    expect(filterSupporters(supporters, {})).toHaveLength(4);
  });

  it('counts what each filter link leads to', () => {
    const all = filterCounts(supporters);
    expect(all.total).toBe(4);
    expect([...all.kinds]).toEqual([
      ['school', 2],
      ['ngo', 1],
      ['library', 1],
    ]);
    expect([...all.countries]).toEqual([
      ['CN', 1],
      ['EG', 1],
      ['FR', 2],
    ]);
    const inFrance = filterCounts(supporters, { country: 'FR' });
    expect(inFrance.total).toBe(2);
    expect([...inFrance.kinds]).toEqual([
      ['school', 1],
      ['ngo', 1],
    ]);
    expect([...inFrance.countries]).toEqual([...all.countries]);
  });

  it('lists every filter that selects someone, each a page of its own', () => {
    const filters = supporterFilters(supporters);
    expect(filters).toHaveLength(1 + 3 + 3 + 4);
    expect(filters.every((filter) => filterSupporters(supporters, filter).length > 0)).toBe(true);
    expect(filters.map((filter) => supportersFilterPath('ar', 'sid-2027', filter)).slice(0, 4)).toEqual([
      '/ar/sid-2027/supporters/',
      '/ar/sid-2027/supporters/kind/school/',
      '/ar/sid-2027/supporters/country/fr/',
      '/ar/sid-2027/supporters/kind/school/country/fr/',
    ]);
  });

  it('names and sorts supporters in the locale, falling back to the default locale', () => {
    expect(supporterName(supporters[2]!, 'ar', 'en')).toEqual({ text: 'مدرسة بيتا' });
    expect(supporterName(supporters[2]!, 'zh', 'en')).toEqual({ text: 'Beta School', lang: 'en' });
    expect(sortSupporters(supporters, 'en', 'en').map((s) => s.id)).toEqual(['b', 'c', 'd', 'a']);
    // Chinese collation puts names in Chinese characters before Latin ones.
    expect(sortSupporters(supporters, 'zh', 'en').map((s) => s.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('countryPages', () => {
  const help = (id: string, country: string, kind: HelpEntry['kind']): HelpEntry => ({
    id,
    country,
    kind,
    name: id,
    source: 'test',
    lastVerified: '2026-06-01',
  });
  it('gathers each country’s help, supporters and events, with a page for help alone, without worldwide entries', () => {
    const pages = countryPages({
      help: [
        help('fr-hotline', 'FR', 'hotline'),
        help('fr-112', 'FR', 'emergency'),
        help('int', 'INT', 'directory'),
        help('eu', 'EU', 'helpline'),
        help('in-helpline', 'IN', 'helpline'),
      ],
      supporters,
      events,
    });
    expect(pages.map((p) => p.code)).toEqual(['CN', 'EG', 'ES', 'FR', 'IN']);
    expect(pages.at(-1)).toMatchObject({ supporters: [], events: [], help: [{ id: 'in-helpline' }] });
    const france = pages.find((p) => p.code === 'FR')!;
    expect(france.help.map((h) => [h.id, h.lastVerified])).toEqual([
      ['fr-112', '2026-06-01'],
      ['fr-hotline', '2026-06-01'],
    ]);
    expect(france.supporters.map((s) => s.id)).toEqual(['a', 'b']);
    expect(france.events.map((e) => e.id)).toEqual(['paris']);
  });
});
