/**
 * The events pages and calendar files of the site: for every campaign with events, one page
 * per locale it publishes in, one .ics file per event per locale, and one feed per locale.
 * The pages, the .ics endpoint, the sitemap and the navigation all take them from here.
 */
import { creationTimestamp } from '../lib/build/creation-timestamp.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { campaignById } from '../lib/model/project.ts';
import type { CalendarOptions } from '../lib/people/calendar.ts';
import type { CampaignEvent } from '../lib/people/events.ts';
import { EVENTS_SLUG, eventFeedName, eventsPagePath } from '../lib/routing/people-files.ts';
import { sectionRoute, type PageRoute } from '../lib/routing/routes.ts';
import { createTranslate } from '../i18n/translate.ts';
import { rendersLocale } from './build-slice.ts';
import { absoluteHref } from './campaign-chrome.ts';
import { siteData, type Campaign } from './data.ts';
import { projectModel } from './project-model.ts';

/** A campaign's events, valid entries of its events.yaml (none without one). */
export function campaignEvents(campaign: string): readonly CampaignEvent[] {
  return campaignById(projectModel(), campaign)?.events ?? [];
}

/** Whether a campaign has an events page: only with at least one event. */
export function hasEventsPage(campaign: string): boolean {
  return campaignEvents(campaign).length > 0;
}

/** A campaign's events page in one locale, as a route for the layout. */
export function eventsRoute(campaign: Campaign, locale: string, title: string): PageRoute {
  return sectionRoute(campaign.id, locale, EVENTS_SLUG, title, campaign.data.locales);
}

/** Every campaign with events, in every locale this build renders. */
async function eventLocales() {
  const { campaigns } = await siteData();
  return campaigns
    .filter((campaign) => hasEventsPage(campaign.id))
    .flatMap((campaign) => campaign.data.locales.filter(rendersLocale).map((locale) => ({ campaign, locale })));
}

/** `getStaticPaths` of the events pages. */
export async function eventsPageParams() {
  return (await eventLocales()).map(({ campaign, locale }) => ({
    params: { locale, campaign: campaign.id },
    props: { campaign: campaign.id },
  }));
}

/** `getStaticPaths` of the calendar files: each event's, and the campaign's feed (`calendar` is the feed's name). */
export async function calendarParams() {
  return (await eventLocales()).flatMap(({ campaign, locale }) =>
    [...campaignEvents(campaign.id).map((event) => event.id), eventFeedName(locale, campaign.id)].map((calendar) => ({
      params: { locale, campaign: campaign.id, calendar },
      props: { campaign: campaign.id },
    })),
  );
}

/**
 * What a campaign's calendar files in `locale` are written with: the page's texts, the
 * build's fixed timestamp (never the clock, so two builds give the same bytes), and each
 * event's address on the events page.
 */
export function calendarOptions(campaign: Campaign, locale: string, site: URL | undefined): CalendarOptions {
  const t = createTranslate(locale, campaign.data.ui);
  const page = absoluteHref(eventsPagePath(locale, campaign.id), site);
  return {
    campaign: campaign.id,
    locale,
    defaultLocale: campaign.data.defaultLocale,
    stampMs: creationTimestamp(buildSettings().sourceDateEpoch, campaign.data.date) * 1000,
    eventUrl: (event) => `${page}#${event.id}`,
    sampleNotice: t('events.sampleNotice'),
  };
}
