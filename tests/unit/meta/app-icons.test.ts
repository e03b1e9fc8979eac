import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ICON_FILES, iconLinks, plainIconSvg, webManifest } from '../../../src/lib/meta/app-icons.ts';
import { icoFromPng } from '../../../src/lib/meta/ico.ts';
import { renderFaviconIco, renderIconPng } from '../../../src/lib/meta/render-images.ts';
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

  test('a campaign without a logo gets a square of its brand colour', async () => {
    const png = await renderIconPng(Buffer.from(plainIconSvg('#7c2d12')), ICON_FILES.app192);
    const centre = await sharp(png).extract({ left: 96, top: 96, width: 1, height: 1 }).raw().toBuffer();
    expect([...centre]).toEqual([0x7c, 0x2d, 0x12, 255]);
  });
});
