/**
 * The search index attributes of a page's `<article>` (see src/lib/search/page-attributes.ts),
 * from the route and entry the page template already has, so templates add one spread.
 */
import { createTranslate } from '../i18n/translate.ts';
import type { PageRoute } from '../lib/routing/routes.ts';
import { searchAttributes } from '../lib/search/page-attributes.ts';
import type { ToolkitEntry } from './data.ts';

/** Index attributes of a campaign page; `title` is what a result shows (the campaign's name for its home page). */
export function pageSearchAttributes(route: PageRoute, title: string): Record<string, string> {
  return searchAttributes({ kind: 'page', campaign: route.campaign, title, fallback: route.fallback });
}

/** Index attributes of a toolkit page: its audience as a filter, and audience and time as result details. */
export function toolkitSearchAttributes(route: PageRoute, entry: ToolkitEntry): Record<string, string> {
  const { title, audience, duration } = entry.data;
  const label = createTranslate(route.contentLocale)(`audience.${audience}`);
  return searchAttributes({
    kind: 'toolkit',
    campaign: route.campaign,
    title,
    fallback: route.fallback,
    audience: { code: audience, label },
    minutes: duration,
  });
}
