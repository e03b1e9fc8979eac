import { resolve } from 'node:path';
import { toString } from 'hast-util-to-string';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { uiDictionaries } from '../../src/i18n/ui/index.ts';
import { campaignById } from '../../src/lib/model/project.ts';
import { eventSections, formatEventTime, splitUpcoming } from '../../src/lib/people/event-views.ts';
import { eventFeedPath } from '../../src/lib/routing/people-files.ts';
import { VIEWPORTS, useBrowser, visit } from '../helpers/browser.ts';
import { DEMO_LOCALES, demoFiles, demoUrl } from '../helpers/demo-site.ts';
import { parsePage } from '../helpers/html.ts';
import { readTestProject } from '../helpers/project.ts';
import { siteText } from '../helpers/quality/site.ts';

const browser = useBrowser();
const events = campaignById(readTestProject(resolve(import.meta.dirname, '../../campaigns')), 'sid-2027')!.events;
const eventsPage = (locale: string) => parsePage(siteText(demoFiles(), `${locale}/sid-2027/events/index.html`));
const calendar = (href: string) => new ICAL.Component(ICAL.parse(siteText(demoFiles(), href.replace(/^\//, ''))));
const ids = (page: ReturnType<typeof eventsPage>, section: string) =>
  page.all(`#${section} .event-card`).map((card) => String(card.properties.id));

describe.each(DEMO_LOCALES)('the events page in %s', (locale) => {
  const page = eventsPage(locale);
  const builtAt = Date.parse(page.attr('.events-updated time', 'dateTime')!);
  const sections = eventSections(events, builtAt, locale);

  test('is in its language and direction, upcoming events before past ones as of the build, by country', () => {
    expect(page.attr('html', 'lang')).toBe(locale);
    expect(page.attr('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(Number.isFinite(builtAt)).toBe(true);
    const order = page.all('main section[id]').map((section) => section.properties.id);
    expect(order.indexOf('upcoming')).toBeLessThan(order.indexOf('past'));
    for (const name of ['upcoming', 'past'] as const) {
      expect(ids(page, name)).toEqual(sections[name].flatMap((group) => group.items.map((event) => event.id)));
      const names = new Intl.DisplayNames(locale, { type: 'region' });
      expect(page.all(`#${name} h3`).map((h3) => toString(h3).trim())).toEqual(
        sections[name].map((group) => names.of(group.code)),
      );
    }
    expect(ids(page, 'upcoming').length + ids(page, 'past').length).toBe(events.length);
  });

  test('shows each time where the event is held, with its zone, and marks every sample', () => {
    const lyon = events.find((event) => event.id === 'lyon-parents-evening')!;
    const shown = formatEventTime(lyon, locale);
    expect(page.attr('#lyon-parents-evening time', 'dateTime')).toBe('2027-02-09T17:00:00.000Z');
    expect(page.text('#lyon-parents-evening time')).toBe(shown.text.replace(/\s+/g, ' '));
    expect(page.text('#lyon-parents-evening')).toContain(shown.zoneName!);
    const sample = uiDictionaries[locale]!['events.sample'];
    expect(page.all('.event-sample').length).toBe(events.filter((event) => event.sample).length);
    for (const badge of page.all('.event-sample')) expect(toString(badge).trim()).toBe(sample);
    expect(page.text('.events-samples')).toBe(uiDictionaries[locale]!['events.samplesNote']);
  });

  test('badges the title that falls back to English, in every language without one', () => {
    const title = page.one('#tilleuls-ambassadors-training h4 > span[lang]');
    const badge = page.one('#tilleuls-ambassadors-training h4 .language-badge');
    if (locale === 'en' || locale === 'fr') {
      expect(title).toBeUndefined();
      expect(badge).toBeUndefined();
    } else {
      expect(title?.properties.lang).toBe('en');
      expect(badge).toBeDefined();
    }
  });

  test('links every event to an .ics file that parses, and the feed to every event', () => {
    const links = page.all('main a[type="text/calendar"]').map((link) => String(link.properties.href));
    expect(links).toHaveLength(events.length + 1);
    for (const href of links.filter((link) => link !== eventFeedPath(locale, 'sid-2027'))) {
      const vevents = calendar(href).getAllSubcomponents('vevent');
      expect(vevents, href).toHaveLength(1);
      const id = href
        .split('/')
        .pop()!
        .replace(/\.ics$/, '');
      expect(String(vevents[0]!.getFirstPropertyValue('url'))).toMatch(
        new RegExp(`/${locale}/sid-2027/events/#${id}$`),
      );
    }
    const feed = calendar(eventFeedPath(locale, 'sid-2027'));
    expect(
      feed
        .getAllSubcomponents('vevent')
        .map((event) => String(event.getFirstPropertyValue('uid')))
        .sort(),
    ).toEqual(events.map((event) => `${event.id}@sid-2027.sidkit`).sort());
  });
});

test('the Paris 18:00 event starts at 17:00 UTC in its built .ics file, served as text/calendar', async () => {
  const path = '/fr/sid-2027/events/lyon-parents-evening.ics';
  expect(siteText(demoFiles(), path.slice(1))).toContain('\r\nDTSTART:20270209T170000Z\r\n');
  const response = await fetch(demoUrl(path));
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
});

test('"Take part" in every header leads to the kit, whose tabs lead to the events page, and the sitemap lists it in every language', () => {
  for (const locale of DEMO_LOCALES) {
    for (const slug of ['', 'kit/', 'events/']) {
      const page = parsePage(siteText(demoFiles(), `${locale}/sid-2027/${slug}index.html`));
      expect(page.one(`header a[href="/${locale}/sid-2027/kit/"]`), `${locale}/${slug}`).toBeDefined();
    }
    for (const [slug, current] of [
      ['kit/', 'kit'],
      ['events/', 'events'],
    ]) {
      const page = parsePage(siteText(demoFiles(), `${locale}/sid-2027/${slug}index.html`));
      expect(page.one(`main nav a[href="/${locale}/sid-2027/events/"]`), `${locale}/${slug}`).toBeDefined();
      expect(page.attr('main nav a[aria-current="page"]', 'href')).toBe(`/${locale}/sid-2027/${current}/`);
      // The header marks "Take part" as where the page is.
      expect(page.attr('header nav a[aria-current="page"]', 'href')).toBe(`/${locale}/sid-2027/kit/`);
    }
  }
  const sitemap = siteText(demoFiles(), 'sitemap.xml');
  for (const locale of DEMO_LOCALES) expect(sitemap).toContain(`/${locale}/sid-2027/events/</loc>`);
});

test.each(['en', 'ar'])('the events page in %s works on a phone without JavaScript', async (locale) => {
  const page = await visit(browser(), `/${locale}/sid-2027/events/`, {
    viewport: VIEWPORTS.mobile,
    javaScriptEnabled: false,
  });
  await expect(page.locator('.event-card').first().isVisible()).resolves.toBe(true);
  expect(await page.locator('.event-card').count()).toBe(events.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
  expect(await page.locator('main script').count()).toBe(0);
});

test.each(DEMO_LOCALES)('the home page in %s shows the next three events, linking to their cards', (locale) => {
  const builtAt = Date.parse(eventsPage(locale).attr('.events-updated time', 'dateTime')!);
  const next = splitUpcoming(events, builtAt).upcoming.slice(0, 3);
  const home = parsePage(siteText(demoFiles(), `${locale}/sid-2027/index.html`));
  expect(home.all('[aria-labelledby="events-teaser-title"] h3 a').map((link) => link.properties.href)).toEqual(
    next.map((event) => `/${locale}/sid-2027/events/#${event.id}`),
  );
});
