import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ICON_FILES, iconLinks, plainIconSvg, webManifest } from '../../../src/lib/meta/app-icons.ts';
import { icoFromPng } from '../../../src/lib/meta/ico.ts';
import { renderFaviconIco, renderIconPng, renderSocialImage } from '../../../src/lib/meta/render-images.ts';
import { withBase } from '../../../src/lib/routing/urls.ts';

const demo = resolve(import.meta.dirname, '../../../campaigns/sid-2027');
const logo = readFileSync(resolve(demo, 'logo.svg'));
const underSid = (path: string) => withBase('/sid/', path);

describe('head links and manifest', () => {
  test('every page links the PNG and SVG favicons, the home-screen icon and its locale’s manifest, below the base path', () => {
    expect(iconLinks('sid-2027', 'ar', underSid)).toEqual([
      { rel: 'icon', href: '/sid/icons/sid-2027/favicon-32.png', type: 'image/png', sizes: '32x32' },
      { rel: 'icon', href: '/sid/icons/sid-2027/favicon.svg', type: 'image/svg+xml' },
      { rel: 'apple-touch-icon', href: '/sid/icons/sid-2027/apple-touch-icon.png' },
      { rel: 'manifest', href: '/sid/ar/sid-2027/manifest.webmanifest' },
    ]);
  });

  test('the manifest is in the locale’s language and direction, in the brand colour, with 192 and 512 px icons', () => {
    const input = { campaign: 'sid-2027', locale: 'ar', title: 'يوم', description: 'معًا', themeColour: '#1d4ed8' };
    expect(webManifest(input, underSid)).toMatchObject({
      name: 'يوم',
      short_name: 'يوم',
      lang: 'ar',
      dir: 'rtl',
      start_url: '/sid/ar/sid-2027/',
      theme_color: '#1d4ed8',
      icons: [
        { src: '/sid/icons/sid-2027/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/sid/icons/sid-2027/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/sid/icons/sid-2027/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    });
  });
});

describe('pictures drawn with sharp', () => {
  test('each PNG icon has its size; the home-screen icon is opaque, the others keep the logo’s transparency', async () => {
    for (const file of [ICON_FILES.favicon, ICON_FILES.appleTouch, ICON_FILES.app192, ICON_FILES.app512]) {
      const { width, height, format, hasAlpha } = await sharp(await renderIconPng(logo, file)).metadata();
      expect({ width, height, format, hasAlpha }).toEqual({
        width: file.size,
        height: file.size,
        format: 'png',
        hasAlpha: !('opaque' in file),
      });
    }
    const corner = await sharp(await renderIconPng(logo, ICON_FILES.appleTouch))
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer();
    expect([...corner]).toEqual([255, 255, 255]);
  });

  test('the ICO file holds a 32 px PNG behind a valid one-image header', async () => {
    const ico = Buffer.from(await renderFaviconIco(logo, 32));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7], ico.readUInt32LE(18)]).toEqual([
      1, 1, 32, 32, 22,
    ]);
    expect(ico.readUInt32LE(14)).toBe(ico.length - 22);
    expect(await sharp(ico.subarray(22)).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
    expect(() => icoFromPng(new Uint8Array(8), 300)).toThrow(RangeError);
  });

  // The columns of the title band that hold white (title) pixels: at the start side of the language's direction.
  async function titleColumns(title: string, lang: string, dir: 'ltr' | 'rtl') {
    const png = await renderSocialImage({ keyVisual: logo, background: '#1d4ed8', title, lang, dir });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const white: number[] = [];
    let lastRow = 0;
    for (let y = 470; y < info.height; y++)
      for (let x = 0; x < info.width; x++) {
        const at = (y * info.width + x) * info.channels;
        if (data[at]! > 240 && data[at + 1]! > 240 && data[at + 2]! > 240) {
          white.push(x);
          lastRow = y;
        }
      }
    const corner = [...data.subarray(0, 3)];
    return {
      width: info.width,
      height: info.height,
      channels: info.channels,
      corner,
      first: Math.min(...white),
      last: Math.max(...white),
      lastRow,
    };
  }

  test('the link-preview picture is 1200×630 on the brand colour, its title from the left in English and from the right in Arabic', async () => {
    const en = await titleColumns('Safer Internet Day 2027', 'en', 'ltr');
    expect(en).toMatchObject({ width: 1200, height: 630, channels: 3, corner: [0x1d, 0x4e, 0xd8] });
    expect(en.first).toBeGreaterThanOrEqual(60);
    expect(en.first).toBeLessThan(70);
    expect(en.last).toBeLessThan(900);
    const ar = await titleColumns('يوم الإنترنت الأكثر أمانًا 2027', 'ar', 'rtl');
    expect(ar.last).toBeLessThanOrEqual(1140);
    expect(ar.last).toBeGreaterThan(1130);
    expect(ar.first).toBeGreaterThan(300);
  });

  test('a title too long for the band at the usual size is set smaller, inside the picture', async () => {
    const long = await titleColumns(
      'Safer Internet Day 2027: together for a safer and better internet for every child, everywhere, every day of the year',
      'en',
      'ltr',
    );
    expect(long).toMatchObject({ width: 1200, height: 630 });
    expect(long.first).toBeGreaterThanOrEqual(60);
    expect(long.last).toBeLessThanOrEqual(1140);
    // The last line ends above the bottom edge rather than being cut off by it.
    expect(long.lastRow).toBeLessThan(625);
  });

  test('a campaign without a logo gets a square of its brand colour', async () => {
    const png = await renderIconPng(Buffer.from(plainIconSvg('#7c2d12')), ICON_FILES.app192);
    const centre = await sharp(png).extract({ left: 96, top: 96, width: 1, height: 1 }).raw().toBuffer();
    expect([...centre]).toEqual([0x7c, 0x2d, 0x12, 255]);
  });
});
