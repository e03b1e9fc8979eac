/**
 * Where a campaign's kit lives and what its files are called: the kit page, its pictures,
 * posters, certificates, press release, fact sheet and newsletter, and one ZIP of all of a
 * locale's kit. File names carry campaign and language, so a downloads folder stays readable.
 */
import type { PaperSize } from './toolkit-files.ts';
import { pagePath } from './urls.ts';

/** The kit page's slug below the campaign. */
export const KIT_SLUG = 'kit';

/** The pictures of the kit, with their size in pixels. */
export const KIT_PICTURES = {
  /** A square post (Instagram, Facebook, LinkedIn). */
  'tile-square': { width: 1080, height: 1080 },
  /** A story or reel (9:16). */
  'tile-story': { width: 1080, height: 1920 },
  /** A frame to lay over a profile photo: transparent in the middle. */
  'profile-frame': { width: 1080, height: 1080 },
  /** A background for video calls (Zoom, Teams). */
  'call-background': { width: 1920, height: 1080 },
  /** A banner under an email signature, drawn at twice the 600 × 150 it is shown at. */
  'email-banner': { width: 1200, height: 300 },
} as const;

/** A kind of kit picture. */
export type KitPicture = keyof typeof KIT_PICTURES;

/** Poster sizes. */
export const POSTER_SIZES = ['a4', 'a3'] as const;
/** A poster size. */
export type PosterSize = (typeof POSTER_SIZES)[number];

/** The poster drawn from the campaign's tagline; kit.yaml's posters use their own ids. */
export const CAMPAIGN_POSTER = 'campaign';

const kitFile = (campaign: string, locale: string, name: string) =>
  `${pagePath(locale, campaign, KIT_SLUG)}${campaign}-${locale}-${name}`;

/** Site path of the kit page, e.g. `/fr/sid-2027/kit/`. */
export function kitPagePath(campaign: string, locale: string): string {
  return pagePath(locale, campaign, KIT_SLUG);
}

/** Site path of a kit picture, e.g. `/fr/sid-2027/kit/sid-2027-fr-tile-square.png`. */
export function kitPicturePath(campaign: string, locale: string, picture: KitPicture): string {
  return kitFile(campaign, locale, `${picture}.png`);
}

/** The width of the kit page's previews of its pictures, in pixels: twice the widest slot they fill. */
export const KIT_PREVIEW_WIDTH = 480;

/** Site path of the small WebP the kit page shows for a picture, e.g. `/fr/sid-2027/kit/previews/sid-2027-fr-tile-square.webp`. */
export function kitPreviewPath(campaign: string, locale: string, picture: KitPicture): string {
  return `${pagePath(locale, campaign, KIT_SLUG)}previews/${campaign}-${locale}-${picture}.webp`;
}

/** Site path of a poster, e.g. `/fr/sid-2027/kit/sid-2027-fr-poster-campaign-a3.pdf`. */
export function posterPath(campaign: string, locale: string, poster: string, size: PosterSize): string {
  return kitFile(campaign, locale, `poster-${poster}-${size}.pdf`);
}

/** Site path of a participation certificate for one audience, e.g. `…-fr-certificate-ages-7-11-a4.pdf`. */
export function certificatePath(campaign: string, locale: string, audience: string, paper: PaperSize): string {
  return kitFile(campaign, locale, `certificate-${audience}-${paper}.pdf`);
}

/** Site path of the press release, as an editable Markdown file or a PDF. */
export function pressReleasePath(campaign: string, locale: string, format: 'md' | PaperSize): string {
  return kitFile(campaign, locale, format === 'md' ? 'press-release.md' : `press-release-${format}.pdf`);
}

/** Site path of the one-page fact sheet. */
export function factSheetPath(campaign: string, locale: string, paper: PaperSize): string {
  return kitFile(campaign, locale, `fact-sheet-${paper}.pdf`);
}

/** Site path of the parents' newsletter text and of the ready-to-post messages, as plain text. */
export function kitTextPath(campaign: string, locale: string, text: 'newsletter' | 'messages'): string {
  return kitFile(campaign, locale, `${text}.txt`);
}

/** Site path of the ZIP of a locale's whole kit. */
export function kitZipPath(campaign: string, locale: string): string {
  return kitFile(campaign, locale, 'kit.zip');
}

/** Site path of a page's link-preview picture (its share card), next to the page, e.g. `/fr/sid-2027/schools/share-card.png`. */
export function shareCardPath(locale: string, campaign: string, slug: string): string {
  return `${pagePath(locale, campaign, slug)}share-card.png`;
}
