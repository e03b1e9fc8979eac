/**
 * The calendar files of a campaign in one locale: one .ics per event ("Add to calendar") and
 * the feed of every event, beside the events page. An endpoint rather than a finishing step:
 * Astro writes them with the pages, in the same build slices, and the dev server serves them.
 */
import type { APIRoute } from 'astro';
import { eventCalendar, eventFeed } from '../../../../lib/people/calendar.ts';
import { createTranslate } from '../../../../i18n/translate.ts';
import { calendarOptions, calendarParams, campaignEvents } from '../../../../site/event-pages.ts';
import { campaignTitle } from '../../../../site/campaign-page.ts';
import { siteData } from '../../../../site/data.ts';

export const getStaticPaths = calendarParams;

export const GET: APIRoute = async ({ params, site }) => {
  const { campaigns } = await siteData();
  const campaign = campaigns.find((item) => item.id === params.campaign)!;
  const locale = params.locale!;
  const options = calendarOptions(campaign, locale, site);
  const events = campaignEvents(campaign.id);
  const event = events.find((item) => item.id === params.calendar);
  const t = createTranslate(locale, campaign.data.ui);
  const name = t('events.calendarName', { campaign: campaignTitle(campaign, locale) });
  const body = event ? eventCalendar(event, options) : eventFeed(events, name, options);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
