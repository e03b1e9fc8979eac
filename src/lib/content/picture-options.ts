/**
 * How every picture of a campaign page is served: the widths of its `srcset`, the formats
 * offered before the original's, and the `sizes` that tell the browser how wide it shows.
 * One place, so that Markdown pictures and `<Figure>` come out alike and the page-weight
 * gate measures what a phone really loads.
 */

/** The widths generated, in pixels; Astro leaves out those wider than the original. */
export const PICTURE_WIDTHS: readonly number[] = [400, 800, 1200, 1600];

/** The formats offered in `<source>` elements, best first; the `<img>` keeps the original's format for older browsers. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/**
 * How wide a picture is shown: the text column (`.prose`, at most 70ch of 17 px text, about
 * 656 px) on wide screens; the screen less the page's side padding (2 × 16 px) on narrow ones.
 */
export const PICTURE_SIZES = '(min-width: 720px) 656px, calc(100vw - 32px)';
