import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { campaignById } from '../../../src/lib/model/project.ts';
import { eventCalendar, eventFeed } from '../../../src/lib/people/calendar.ts';
import { eventEndMs } from '../../../src/lib/people/event-views.ts';
import { eventText } from '../../../src/lib/people/events.ts';
import { readTestProject } from '../../helpers/project.ts';

const campaignsDir = resolve(import.meta.dirname, '../../../campaigns');
const demo = campaignById(readTestProject(campaignsDir), 'sid-2027')!;
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

describe('the demo campaign’s supporters', () => {
  test('are at least 12 fictional samples of every kind asked for, in at least 6 countries, in both file forms', () => {
    expect(demo.supporters.length).toBeGreaterThanOrEqual(12);
    expect(demo.supporters.every((supporter) => supporter.sample)).toBe(true);
    expect(new Set(demo.supporters.map((s) => s.country)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.supporters.map((s) => s.kind))).toEqual(
      new Set(['school', 'ngo', 'library', 'company', 'public-body', 'youth-group']),
    );
    expect(demo.files.filter((file) => /^supporters\/[^/]+\.yaml$/.test(file)).length).toBeGreaterThanOrEqual(2);
    expect(demo.supporters.every((s) => new URL(s.url).hostname === 'example.org')).toBe(true);
  });

  test('have small logos of their own: SVGs titled as samples, and one PNG, as many supporters send', () => {
    const logos = new Set(demo.supporters.map((s) => s.logo));
    expect(logos.size).toBe(demo.supporters.length);
    const pngs = [...logos].filter((logo) => logo.endsWith('.png'));
    expect(pngs).toEqual(['supporters/logos/northwind-cloudworks.png']);
    for (const logo of logos) {
      const file = join(demo.dir, logo);
      if (logo.endsWith('.png')) {
        expect(statSync(file).size).toBeLessThan(16 * 1024);
        continue;
      }
      expect(statSync(file).size).toBeLessThan(4096);
      expect(readFileSync(file, 'utf8')).toMatch(/<title>[^<]+\(sample\)<\/title>/);
    }
  });

  test('"Become a supporter" leads to an example address', () => {
    expect(demo.config.supporters?.join).toBe('mailto:supporters@example.org');
  });
});

describe('the demo campaign’s events', () => {
  test('are 9 samples in at least 4 countries and 3 time zones, one online, one all-day, one past and one untranslated', () => {
    expect(demo.events).toHaveLength(9);
    expect(demo.events.every((event) => event.sample)).toBe(true);
    expect(new Set(demo.events.map((e) => e.country)).size).toBeGreaterThanOrEqual(4);
    const zones = demo.events.flatMap((e) => (e.time.allDay ? [] : [e.time.timeZone]));
    expect(new Set(zones).size).toBeGreaterThanOrEqual(3);
    expect(demo.events.filter((e) => e.online)).toHaveLength(1);
    expect(demo.events.filter((e) => e.time.allDay)).toHaveLength(1);
    // One event, held before the day, is in English and French only: the other languages show the fallback.
    const partial = demo.events.find((e) => e.id === 'tilleuls-ambassadors-training')!;
    expect(eventEndMs(partial)).toBeLessThan(Date.parse(`${demo.config.date}T00:00:00Z`));
    for (const event of demo.events) {
      const locales = event === partial ? ['en', 'fr'] : LOCALES;
      expect(Object.keys(event.title).sort()).toEqual([...locales].sort());
      expect(Object.keys(event.description).sort()).toEqual([...locales].sort());
    }
  });

  test('give calendar files that all parse, in every language, the Lyon evening at 17:00 UTC', () => {
    for (const locale of LOCALES) {
      const options = { campaign: demo.id, locale, defaultLocale: 'en', stampMs: Date.parse('2027-02-09T00:00:00Z') };
      for (const event of demo.events) {
        const read = new ICAL.Event(
          new ICAL.Component(ICAL.parse(eventCalendar(event, options))).getFirstSubcomponent('vevent')!,
        );
        expect(read.summary).toBe(eventText(event, 'title', locale, 'en').text);
      }
      const feed = new ICAL.Component(ICAL.parse(eventFeed(demo.events, demo.config.title[locale]!, options)));
      expect(feed.getAllSubcomponents('vevent')).toHaveLength(demo.events.length);
    }
    const lyon = demo.events.find((e) => e.id === 'lyon-parents-evening')!;
    expect(eventCalendar(lyon, { campaign: demo.id, locale: 'fr', defaultLocale: 'en', stampMs: 0 })).toContain(
      '\r\nDTSTART:20270209T170000Z\r\n',
    );
  });
});
