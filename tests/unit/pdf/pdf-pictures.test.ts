import { fromHtml } from 'hast-util-from-html';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PdfPictureCache } from '../../../src/lib/pdf/pdf-pictures.ts';
import { pdfSourceOf } from '../../../src/lib/pdf/pdf-source.ts';

const campaignsDir = mkdtempSync(join(tmpdir(), 'sidkit-pdf-pictures-'));
const root = join(campaignsDir, '..', `${campaignsDir.split('/').pop()}-site`);
mkdirSync(join(campaignsDir, 'kit/images'), { recursive: true });
mkdirSync(join(root, '_astro'), { recursive: true });
const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d4ed8' } })
  .png()
  .toBuffer();
writeFileSync(join(campaignsDir, 'kit/images/photo.png'), png);
writeFileSync(join(campaignsDir, 'kit/images/photo.webp'), await sharp(png).webp({ lossless: true }).toBuffer());
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
writeFileSync(join(root, '_astro/badge.1.svg'), svg);

const page = (base: string) =>
  fromHtml(
    `<p><picture><img src="/_astro/photo.a.webp" data-pdf-source="kit/images/photo.webp" alt="A"></picture></p>
     <p><img src="/_astro/photo.b.png" data-pdf-source="kit/images/photo.png" alt="B"></p>
     <p><img src="/_astro/photo.b.png" data-pdf-source="kit/images/photo.png" alt="B again"></p>
     <p><img src="${base}_astro/badge.1.svg" alt="C"></p>
     <p><img src="https://example.org/x.png" alt="D"></p>`,
  );

describe('PdfPictureCache', () => {
  it('gives each picture of a page once, by the key the converter resolves, from its original file', async () => {
    const pictures = await new PdfPictureCache({ campaignsDir, root, base: '/' }).forPage(page('/'));
    expect([...pictures.keys()]).toEqual(['kit/images/photo.webp', 'kit/images/photo.png', '/_astro/badge.1.svg']);
    // PNG and SVG as they are; WebP converted to PNG without losing a pixel.
    expect(pictures.get('kit/images/photo.png')).toEqual({
      path: '/pictures/campaigns/kit/images/photo.png',
      bytes: readFileSync(join(campaignsDir, 'kit/images/photo.png')),
    });
    expect(Buffer.from(pictures.get('/_astro/badge.1.svg')!.bytes).toString()).toBe(svg);
    const converted = pictures.get('kit/images/photo.webp')!;
    expect(converted.path).toBe('/pictures/campaigns/kit/images/photo.webp.png');
    const meta = await sharp(converted.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1600, 900]);
  });

  it('finds served SVGs under the base path the site is published at', async () => {
    const pictures = await new PdfPictureCache({ campaignsDir, root, base: '/sid/' }).forPage(page('/sid/'));
    expect(pictures.get('/sid/_astro/badge.1.svg')?.path).toBe('/pictures/site/_astro/badge.1.svg');
  });
});

describe('pdfSourceOf', () => {
  it('names an imported picture by its path in the campaigns folder, in / form', () => {
    expect(pdfSourceOf({ fsPath: join(campaignsDir, 'kit/images/photo.png') }, campaignsDir)).toBe(
      'kit/images/photo.png',
    );
  });

  it('names nothing for a picture without a file or outside the campaigns folder', () => {
    expect(pdfSourceOf({}, campaignsDir)).toBeUndefined();
    expect(pdfSourceOf({ fsPath: join(root, 'x.png') }, campaignsDir)).toBeUndefined();
  });
});
