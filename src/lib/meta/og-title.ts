/**
 * Reading back what a built page says about itself in its head, for the pictures drawn
 * after the build: data flows from the content to the HTML, and from the HTML to its share
 * card, so the card always shows the title the page shows.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** The page's title as its head gives it for link previews (`og:title`), or undefined when it has none. Only the head is parsed. */
export function readOgTitle(html: string): string | undefined {
  return readOgTags(html).title;
}

/** The page's `og:title` and `og:image` (a page may show another page's card, as a filtered list shows its list's). Only the head is parsed. */
export function readOgTags(html: string): { title?: string; image?: string } {
  const end = html.indexOf('</head>');
  const head = fromHtml(end < 0 ? html : html.slice(0, end), { fragment: true });
  const read = (property: string) => {
    const content = (select(`meta[property="${property}"]`, head) as Element | undefined)?.properties.content;
    return typeof content === 'string' ? content : undefined;
  };
  const title = read('og:title');
  const image = read('og:image');
  return { ...(title === undefined ? {} : { title }), ...(image === undefined ? {} : { image }) };
}

/** The page's own title in its `og:title`, which campaign pages follow with " · " and the campaign's title (CampaignLayout.astro). */
export function ownTitle(ogTitle: string, campaignTitle: string): string {
  const suffix = ` · ${campaignTitle}`;
  return ogTitle.endsWith(suffix) ? ogTitle.slice(0, -suffix.length) : ogTitle;
}
