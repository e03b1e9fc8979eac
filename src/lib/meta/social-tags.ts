/**
 * The Open Graph and Twitter card tags of a page, as data: what link previews in chat apps
 * and social networks show. Built here, once, so that every page's head carries the same set.
 */
import { ogLocale } from './og-locale.ts';

/** The picture of a link preview: an absolute URL, its size and its text alternative. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What a page says about itself in a link preview. */
export interface SocialPage {
  title: string;
  description: string;
  /** The site's name: the campaign's title, or the site's on pages that belong to no campaign. */
  siteName: string;
  /** The page's own locale code. */
  locale: string;
  /** The other locales the page is translated into (its hreflang alternates, x-default aside). */
  alternateLocales: readonly string[];
  /** The page's absolute URL; undefined when the build has no site address. */
  url?: string;
  /** Undefined when there is none or it could only be given as a relative URL, which previews reject. */
  image?: SocialImage;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * Every Open Graph and Twitter tag of a page, in the order they are written. Without an
 * absolute URL `og:url` and the image are left out, since relative URLs are invalid there, and
 * the card falls back from `summary_large_image` to `summary`.
 */
export function socialMetaTags(page: SocialPage): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property: `og:${property}`, content });
  const { image } = page;
  return [
    og('type', 'website'),
    og('title', page.title),
    og('description', page.description),
    og('site_name', page.siteName),
    ...(page.url ? [og('url', page.url)] : []),
    og('locale', ogLocale(page.locale)),
    ...page.alternateLocales
      .filter((code) => code !== page.locale)
      .map((code) => og('locale:alternate', ogLocale(code))),
    ...(image
      ? [
          og('image', image.url),
          og('image:type', 'image/png'),
          og('image:width', String(image.width)),
          og('image:height', String(image.height)),
          og('image:alt', image.alt),
        ]
      : []),
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    ...(image
      ? [
          { name: 'twitter:image', content: image.url },
          { name: 'twitter:image:alt', content: image.alt },
        ]
      : []),
  ];
}
