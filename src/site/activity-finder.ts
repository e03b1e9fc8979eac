/**
 * The activity finder's list: every activity of every toolkit served in a locale, with its
 * links, read from the toolkit collection the toolkit pages are built from. Fallback
 * toolkits are included, marked with their language: a teacher may still use an activity
 * that is not translated yet.
 */
import { localeInfo } from '../i18n/locales.ts';
import type { ActivityInfo } from '../lib/content/activities.ts';
import { entryActivities } from './entry-analysis.ts';
import { AUDIENCES, type Audience } from '../lib/content/toolkit-schema.ts';
import { pagePath } from '../lib/routing/urls.ts';
import { timeBandsOf, type TimeBand } from '../lib/search/time-bands.ts';
import { activityPdfs, type ActivityPdf } from './activity-pdfs.ts';
import { siteHref } from './campaign-chrome.ts';
import type { SiteData } from './data.ts';

/** One activity as the finder lists it. */
export interface FinderItem extends Omit<ActivityInfo, 'line' | 'materials'> {
  audience: Audience;
  timeBands: TimeBand[];
  toolkitTitle: string;
  /** The activity on its toolkit page, in the finder's locale. */
  href: string;
  /** The toolkit's PDF in each paper size, opened at this activity. */
  pdfs: ActivityPdf[];
  /** The language the activity is written in; differs from the finder's on a fallback toolkit. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The activities served in `locale`, grouped by audience in the toolkit list's order; empty groups are left out. */
export function finderGroups(
  data: Pick<SiteData, 'campaigns' | 'toolkitRoutes' | 'toolkits'>,
  locale: string,
): [Audience, FinderItem[]][] {
  const campaignOrder = data.campaigns.map((campaign) => campaign.id);
  const routes = data.toolkitRoutes
    .filter((route) => route.locale === locale)
    .sort((a, b) => campaignOrder.indexOf(a.campaign) - campaignOrder.indexOf(b.campaign) || a.order - b.order);
  const items = routes.flatMap((route) => {
    const entry = data.toolkits.get(route.entryId);
    if (!entry) return [];
    const toolkit = route.slug.split('/')[1] ?? '';
    const page = siteHref(pagePath(locale, route.campaign, route.slug));
    return entryActivities(entry).map(({ id, title, minutes, purpose }): FinderItem => ({
      id,
      title,
      minutes,
      purpose,
      audience: entry.data.audience,
      timeBands: timeBandsOf(minutes),
      toolkitTitle: entry.data.title,
      href: `${page}#${id}`,
      pdfs: activityPdfs(route.campaign, route.contentLocale, toolkit, id),
      lang: route.contentLocale,
      dir: localeInfo(route.contentLocale).dir,
    }));
  });
  return AUDIENCES.map((audience): [Audience, FinderItem[]] => [
    audience,
    items.filter((item) => item.audience === audience),
  ]).filter(([, group]) => group.length > 0);
}
