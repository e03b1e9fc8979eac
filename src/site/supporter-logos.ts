/**
 * A supporter's logo as the wall shows it, through Astro's image pipeline: a PNG resized to
 * twice the largest size a card draws it (sharp for high-density screens) as WebP, an SVG
 * served as it is (sharp at every size), both as fingerprinted files with their width and height.
 */
import { getImage } from 'astro:assets';
import logos from 'virtual:sidkit/supporter-logos';

/** The widest a card draws a logo, in CSS pixels. */
const CARD_WIDTH = 160;

/** A logo's address and intrinsic size, for an `<img>` without layout shift. */
export interface LogoImage {
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

/** The image of `logo` (its path in the campaign folder) for the wall. */
export async function supporterLogo(campaign: string, logo: string): Promise<LogoImage> {
  const load = logos[`${campaign}/${logo}`];
  if (!load) throw new Error(`No logo module for ${campaign}/${logo}`);
  const source = (await load()).default;
  if (source.format === 'svg') return { src: source.src, width: source.width, height: source.height };
  const width = Math.min(source.width, CARD_WIDTH * 2);
  const image = await getImage({ src: source, width, format: 'webp' });
  return { src: image.src, width, height: Math.round((source.height * width) / source.width) };
}
