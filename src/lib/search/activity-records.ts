/**
 * Each activity of a built toolkit page as a search record of its own, so that a teacher's
 * search lands on the activity (`…/toolkits/<toolkit>/#activity-2`) rather than on a long
 * pack. Read from the rendered HTML, so the index holds exactly what the page shows.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { TOOLKITS_SLUG } from '../routing/routes.ts';
import { pdfDestinationHref, toolkitPdfPath } from '../routing/toolkit-files.ts';
import { pagePath, withBase } from '../routing/urls.ts';
import { timeBandsOf } from './time-bands.ts';

/** A Pagefind custom record (the shape `addCustomRecord` takes). */
export interface ActivityRecord {
  /** Site path without the base: Pagefind's browser code puts its own base URL in front. */
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const text = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');
// Text nodes joined with spaces (built HTML has no whitespace between block elements, and
// the words of two list items must not run together), skipping what the page keeps out of search.
const words = (nodes: readonly ElementContent[]): string =>
  nodes
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'element' && node.properties.dataPagefindIgnore === undefined
          ? words(node.children)
          : '',
    )
    .join(' ');
const plain = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The activity records of one built page; none unless it is an indexed toolkit page (a
 * fallback toolkit is left out of the index, and its activities with it). `base` is the
 * site's base path, for the PDF link kept in each record's metadata.
 */
export function activityRecords(html: string, base: string): ActivityRecord[] {
  const page = fromHtml(html);
  const language = text(select('html', page), 'lang');
  const article = select('article[data-toolkit][data-pagefind-body]', page);
  if (!article || !language || text(article, 'lang') !== language) return [];
  const campaign = text(article, 'dataCampaign');
  const toolkit = text(article, 'dataToolkit');
  const toolkitPath = pagePath(language, campaign, `${TOOLKITS_SLUG}/${toolkit}`);
  const shared = { toolkit: text(article, 'dataSearchTitle'), audience: text(article, 'dataSearchAudience') };
  const pdf = (id: string) => pdfDestinationHref(withBase(base, toolkitPdfPath(campaign, language, toolkit, 'a4')), id);
  return selectAll('section[data-sidkit=activity][id]', article).map((section) => {
    const title = text(section, 'dataTitle');
    const minutes = Number(text(section, 'dataMinutes'));
    // The section's own header repeats the time and purpose as labels; the body is the activity.
    const body = section.children.filter((child) => !(child.type === 'element' && child.tagName === 'header'));
    const id = text(section, 'id');
    return {
      url: `${toolkitPath}#${id}`,
      language,
      content: plain(`${title}. ${words(body)}`),
      // The toolkit's A4 PDF, opened at this activity.
      meta: { title, minutes: String(minutes), ...shared, pdf: pdf(id) },
      filters: {
        campaign: [campaign],
        kind: ['activity'],
        audience: [text(article, 'dataAudience')],
        purpose: [text(section, 'dataPurpose')],
        time: timeBandsOf(minutes),
      },
    };
  });
}
