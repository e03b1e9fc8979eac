import sharp from 'sharp';
import { expect, test } from 'vitest';
import { KIT_PICTURES, kitPicturePath, type KitPicture } from '../../src/lib/routing/kit-files.ts';
import { demo, demoFiles, DEMO_LOCALES } from '../helpers/demo-site.ts';
import { parsePage, type Page } from '../helpers/html.ts';
import { fileForPath, locate } from '../helpers/quality/site.ts';

const meta = (page: Page, key: string) =>
  page.all(`meta[property="${key}"], meta[name="${key}"]`).map((tag) => String(tag.properties.content));

// A PNG's signature, width and height from its IHDR chunk, and whether it has an alpha channel (colour type 6).
const pngHeader = (png: Buffer) => ({
  png: png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
  alpha: png[25] === 6,
});

// The built file an absolute URL of the published site points at.
const fileAt = (url: string, from: string) => {
  const location = locate(url, from, demo.address);
  return location.kind === 'internal' && location.path !== undefined
    ? fileForPath(location.path, (file) => demoFiles().has(file))
    : undefined;
};

test('every built page’s og:image and twitter:image are one 1200×630 PNG in the built site', () => {
  const pages = [...demoFiles()].filter(([file]) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const problems = pages.flatMap(([file, content]) => {
    const page = parsePage(content.toString('utf8'));
    const [image] = meta(page, 'og:image');
    if (!image) return [`${file}: no og:image`];
    if (meta(page, 'twitter:image')[0] !== image) return [`${file}: twitter:image is not ${image}`];
    const picture = fileAt(image, file);
    if (!picture) return [`${file}: ${image} is not in the built site`];
    const header = pngHeader(demoFiles().get(picture)!);
    return header.png && header.width === 1200 && header.height === 630
      ? []
      : [`${file}: ${picture} is ${JSON.stringify(header)}`];
  });
  expect(problems).toEqual([]);
});

test('each locale has the five kit pictures at their sizes, and the profile frame is clear in the middle', async () => {
  for (const locale of DEMO_LOCALES) {
    for (const [picture, size] of Object.entries(KIT_PICTURES)) {
      const path = kitPicturePath('sid-2027', locale, picture as KitPicture).slice(1);
      const png = demoFiles().get(path);
      expect(png, path).toBeDefined();
      expect(pngHeader(png!), path).toMatchObject({ png: true, ...size });
    }
    const frame = demoFiles().get(kitPicturePath('sid-2027', locale, 'profile-frame').slice(1))!;
    const alpha = async (left: number, top: number) =>
      (await sharp(frame).extract({ left, top, width: 1, height: 1 }).ensureAlpha().raw().toBuffer())[3];
    expect([await alpha(540, 540), await alpha(540, 300), await alpha(540, 4), await alpha(2, 2)], locale).toEqual([
      0, 0, 255, 255,
    ]);
  }
});
