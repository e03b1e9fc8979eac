/**
 * A campaign's favicon and app icons, made from its logo: which files there are, where they
 * are published, the `<head>` links to them and the web app manifest that lists them. Pure;
 * the pictures are drawn by ./render-images.ts and published by src/pages/icons/.
 */
import { localeInfo } from '../../i18n/locales.ts';
import { pagePath } from '../routing/urls.ts';

/** One picture of a campaign's icon set. */
export interface IconFile {
  /** The file name, below the campaign's icon folder. */
  name: string;
  /** Width and height in pixels; undefined for the SVG, which scales. */
  size?: number;
  /** True for a picture shown by an operating system on an opaque tile (the home-screen icon of iOS). */
  opaque?: boolean;
}

/** Every icon file of a campaign: the SVG favicon, a 32 px one for browsers without SVG icons, and app icons. */
export const ICON_FILES = {
  svg: { name: 'favicon.svg' },
  favicon: { name: 'favicon-32.png', size: 32 },
  appleTouch: { name: 'apple-touch-icon.png', size: 180, opaque: true },
  app192: { name: 'icon-192.png', size: 192 },
  app512: { name: 'icon-512.png', size: 512 },
} as const satisfies Record<string, IconFile>;

/** The size of `/favicon.ico`, the icon asked for by anything that reads no `<head>`. */
export const FAVICON_ICO_SIZE = 32;

/** The path of a campaign's icon file, e.g. `/icons/sid-2027/favicon.svg`. */
export function iconPath(campaign: string, file: IconFile): string {
  return `/icons/${campaign}/${file.name}`;
}

/** The path of a campaign's web app manifest in one locale: name and text direction are the locale's. */
export function manifestPath(locale: string, campaign: string): string {
  return `${pagePath(locale, campaign, '')}manifest.webmanifest`;
}

/** One `<link>` of the head. */
export interface HeadLink {
  rel: string;
  href: string;
  type?: string;
  sizes?: string;
}

/**
 * The head links to a campaign's icons and manifest, hrefs made by `href` (the base path). The
 * PNG favicon says its size, so that browsers that draw SVG icons pick the SVG over it.
 */
export function iconLinks(campaign: string, locale: string, href: (path: string) => string): HeadLink[] {
  const { svg, favicon, appleTouch } = ICON_FILES;
  return [
    { rel: 'icon', href: href(iconPath(campaign, favicon)), type: 'image/png', sizes: '32x32' },
    { rel: 'icon', href: href(iconPath(campaign, svg)), type: 'image/svg+xml' },
    { rel: 'apple-touch-icon', href: href(iconPath(campaign, appleTouch)) },
    { rel: 'manifest', href: href(manifestPath(locale, campaign)) },
  ];
}

/** What a campaign's manifest is made from. */
export interface ManifestInput {
  campaign: string;
  locale: string;
  title: string;
  description: string;
  /** The brand colour, the colour of the browser's bar around the installed site. */
  themeColour: string;
}

/** The web app manifest of a campaign in one locale (https://www.w3.org/TR/appmanifest/). */
export function webManifest(input: ManifestInput, href: (path: string) => string) {
  const home = href(pagePath(input.locale, input.campaign, ''));
  const { app192, app512, svg } = ICON_FILES;
  return {
    name: input.title,
    short_name: input.title,
    description: input.description,
    lang: input.locale,
    dir: localeInfo(input.locale).dir,
    start_url: home,
    scope: home,
    display: 'browser',
    theme_color: input.themeColour,
    background_color: '#ffffff',
    icons: [
      ...[app192, app512].map((file) => ({
        src: href(iconPath(input.campaign, file)),
        sizes: `${file.size}x${file.size}`,
        type: 'image/png',
      })),
      { src: href(iconPath(input.campaign, svg)), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}

/** The brand colour of src/styles/global.css, for the icons of a site that has no campaign yet. */
export const DEFAULT_BRAND_COLOUR = '#1d4ed8';

/** The icon drawn for a campaign that has no logo: a rounded square of its brand colour. */
export function plainIconSvg(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="${colour}"/></svg>`;
}
