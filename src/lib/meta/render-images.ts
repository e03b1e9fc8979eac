/**
 * Draws a campaign's pictures with sharp (libvips) at build time: its icons from the logo, and
 * the home page's hero from the key visual. Pictures with text (share cards, the kit's
 * pictures) are set by Typst instead (src/integrations/render-kit-pictures.ts).
 */
import sharp, { type Sharp } from 'sharp';
import type { IconFile } from './app-icons.ts';
import { icoFromPng } from './ico.ts';

// SVGs are drawn at 72 dpi unless told otherwise: enough density that the SVG is drawn at
// least `width` pixels wide, so that it is scaled down rather than blown up.
async function draw(picture: Uint8Array, width: number): Promise<Sharp> {
  const { width: natural = width, format } = await sharp(picture).metadata();
  if (format !== 'svg') return sharp(picture);
  return sharp(picture, { density: Math.min(2400, Math.ceil((72 * width) / natural)) });
}

/** A square PNG icon of `file.size` pixels; on a white tile, the logo inset, when the file must be opaque. */
export async function renderIconPng(logoSvg: Uint8Array, file: IconFile & { size: number }): Promise<Buffer> {
  const size = file.size;
  const inner = file.opaque ? Math.round(size * 0.8) : size;
  const fitted = (await draw(logoSvg, inner)).resize(inner, inner, {
    fit: 'contain',
    background: { r: 0, g: 0, b: 0, alpha: 0 },
  });
  if (!file.opaque) return fitted.png().toBuffer();
  const inset = Math.floor((size - inner) / 2);
  return sharp({ create: { width: size, height: size, channels: 3, background: '#ffffff' } })
    .composite([{ input: await fitted.png().toBuffer(), top: inset, left: inset }])
    .removeAlpha()
    .png()
    .toBuffer();
}

/** `/favicon.ico`: the logo at `size` pixels, as a PNG inside an ICO file. */
export async function renderFaviconIco(logoSvg: Uint8Array, size: number): Promise<Uint8Array> {
  return icoFromPng(await renderIconPng(logoSvg, { name: 'favicon.ico', size }), size);
}

/** The width and height of a picture file, in pixels (an SVG's from its size or viewBox). */
export async function pictureSize(picture: Uint8Array): Promise<{ width: number; height: number }> {
  const { width = 1200, height = 630 } = await sharp(picture).metadata();
  return { width, height };
}

/** A picture drawn `width` pixels wide as WebP, for the home page's hero. */
export async function renderWebp(picture: Uint8Array, width: number): Promise<Buffer> {
  return (await draw(picture, width)).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
}
