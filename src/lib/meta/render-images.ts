/**
 * Draws a campaign's pictures with sharp (libvips) at build time: its icons from the logo, and
 * the link-preview picture (Open Graph) from the key visual, composed on the brand colour with
 * the campaign's title set in the fonts the PDFs use, so every machine draws the same picture.
 */
import sharp, { type Sharp } from 'sharp';
import { boldFontPath, fontFamiliesFor } from '../pdf/fonts.ts';
import type { IconFile } from './app-icons.ts';
import { icoFromPng } from './ico.ts';
import { SOCIAL_IMAGE_SIZE } from './social-tags.ts';

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

/** What a link-preview picture shows. */
export interface SocialImageInput {
  /** The key visual: SVG, PNG, JPEG or WebP. */
  keyVisual: Uint8Array;
  /** The brand colour, dark enough for white text (campaign.yaml checks it). */
  background: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const BAND_HEIGHT = 160;
const MARGIN = 60;
const TITLE_PX = 56;

const pangoEscape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const TITLE_BOX = { width: SOCIAL_IMAGE_SIZE.width - 2 * MARGIN, height: BAND_HEIGHT - 20 };

// The title in white, bold, in the language's own font, wrapped to the picture's width; a
// title too long for the band at the usual size is set as large as fits in it instead.
async function renderTitle(input: SocialImageInput): Promise<Buffer> {
  const family = fontFamiliesFor(input.lang)[0]!;
  const render = (size: { dpi: number } | { height: number }, font: string) =>
    sharp({
      text: {
        text: `<span foreground="white" lang="${pangoEscape(input.lang)}">${pangoEscape(input.title)}</span>`,
        font,
        fontfile: boldFontPath(family),
        width: TITLE_BOX.width,
        ...size,
        rgba: true,
        align: input.dir === 'rtl' ? 'right' : 'left',
      },
    })
      .png()
      .toBuffer();
  const usual = await render({ dpi: 72 }, `${family} Bold ${TITLE_PX}`);
  const { height = 0 } = await sharp(usual).metadata();
  return height <= TITLE_BOX.height ? usual : render({ height: TITLE_BOX.height }, `${family} Bold`);
}

/**
 * The 1200×630 link-preview picture: the key visual fitted into the upper part on the brand
 * colour, and the title below it, from the start side of the language's direction.
 */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
  const { width, height } = SOCIAL_IMAGE_SIZE;
  const area = { width, height: height - BAND_HEIGHT };
  const visual = (await draw(input.keyVisual, area.width)).resize(area.width, area.height, {
    fit: 'contain',
    background: { r: 0, g: 0, b: 0, alpha: 0 },
  });
  const title = await renderTitle(input);
  const { width: titleWidth = 0, height: titleHeight = 0 } = await sharp(title).metadata();
  return sharp({ create: { width, height, channels: 3, background: input.background } })
    .composite([
      { input: await visual.png().toBuffer(), top: 0, left: 0 },
      {
        input: title,
        top: area.height + Math.max(0, Math.round((BAND_HEIGHT - titleHeight) / 2)),
        left: input.dir === 'rtl' ? width - MARGIN - titleWidth : MARGIN,
      },
    ])
    .removeAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
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
