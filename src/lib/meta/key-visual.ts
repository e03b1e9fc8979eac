/**
 * The files a campaign's key visual is published as, for the home page's hero: an SVG as it
 * is (it draws sharp at any width and an `<img>` runs none of its scripts), a photo or drawing
 * in other formats as WebP in two widths, for phones and for wide screens.
 */

/** The widths, in pixels, a raster key visual is published in. */
export const KEY_VISUAL_WIDTHS = [640, 1280] as const;

/** One published file of a key visual; `width` is set on the WebP ones. */
export interface KeyVisualFile {
  name: string;
  width?: number;
}

/** The files the key visual at `path` (relative to the campaign folder) is published as. */
export function keyVisualFiles(path: string): KeyVisualFile[] {
  if (path.toLowerCase().endsWith('.svg')) return [{ name: 'key-visual.svg' }];
  return KEY_VISUAL_WIDTHS.map((width) => ({ name: `key-visual-${width}.webp`, width }));
}

/** The site path of a campaign's key visual file, e.g. `/pictures/sid-2027/key-visual.svg`. */
export function keyVisualFilePath(campaign: string, file: KeyVisualFile): string {
  return `/pictures/${campaign}/${file.name}`;
}
