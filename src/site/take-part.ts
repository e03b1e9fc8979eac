/**
 * "Take part": the campaign's pages for joining in (the kit, and the events and the supporters
 * wall where the campaign has any), under one item of the header's navigation, so that the row stays one
 * line on a laptop; the pages link to each other through `TakePartNav`.
 */
import type { Translate } from '../i18n/translate.ts';
import { KIT_SLUG, kitPagePath } from '../lib/routing/kit-files.ts';
import { EVENTS_SLUG, eventsPagePath, supportersPagePath } from '../lib/routing/people-files.ts';
import { siteHref } from './campaign-chrome.ts';
import { hasEventsPage } from './event-pages.ts';
import { hasSupportersWall, SUPPORTERS_SLUG } from './people-pages.ts';

/** One page of "Take part". */
export interface TakePartSection {
  slug: string;
  href: string;
  label: string;
}

/** The "Take part" pages of a campaign in one locale, the kit first. */
export function takePartSections(campaign: string, locale: string, t: Translate): TakePartSection[] {
  return [
    { slug: KIT_SLUG, href: siteHref(kitPagePath(campaign, locale)), label: t('kit.title') },
    ...(hasEventsPage(campaign)
      ? [{ slug: EVENTS_SLUG, href: siteHref(eventsPagePath(locale, campaign)), label: t('events.title') }]
      : []),
    ...(hasSupportersWall(campaign)
      ? [{ slug: SUPPORTERS_SLUG, href: siteHref(supportersPagePath(locale, campaign)), label: t('supporters.title') }]
      : []),
  ];
}

/** Whether a page's slug belongs to "Take part" (a section or a page below one, such as kit/certificate). */
export function isTakePartSlug(sections: readonly TakePartSection[], slug: string): boolean {
  return sections.some((section) => slug.split('/')[0] === section.slug);
}
