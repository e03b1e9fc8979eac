import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { buildCampaigns, buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage } from '../helpers/html.ts';

// The pictures fixture: a Markdown picture on the home page (translated into French), figures on a page two
// folders deep that only English has, and a picture next to its page. Arabic has no page of its own.
let build: FixtureBuild;
let sliced: FixtureBuild;
let broken: FixtureBuild;

beforeAll(() => {
  build = buildFixture('pictures');
  sliced = buildFixture('pictures', { SIDKIT_SLICE_PAGES: '1' });
  broken = buildCampaigns('pictures-broken', join(import.meta.dirname, '../fixtures/pictures-broken/campaigns'));
  for (const result of [build, sliced])
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
});

const pictures = (path: string) => parsePage(build.read(path)).all('main picture');
const sources = (picture: Element) =>
  picture.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'source');
const img = (picture: Element) =>
  picture.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img')!;
const candidates = (srcset: unknown) =>
  String(srcset)
    .split(/,\s*/)
    .map((candidate) => candidate.trim().split(/\s+/) as [string, string]);

describe('a picture in a campaign page', () => {
  test('is a <picture> with AVIF and WebP in every width up to the original, and sizes for the text column', async () => {
    const [picture] = pictures('en/gallery/index.html');
    expect(picture).toBeDefined();
    const [avif, webp] = sources(picture!);
    expect([avif?.properties.type, webp?.properties.type]).toEqual(['image/avif', 'image/webp']);
    for (const [source, format] of [
      [avif!, 'heif'],
      [webp!, 'webp'],
    ] as const) {
      expect(source.properties.sizes).toBe('(min-width: 720px) 656px, calc(100vw - 32px)');
      // The original is 1200 px wide: no 1600 px version is made from it.
      expect(candidates(source.properties.srcSet).map(([, width]) => width)).toEqual(['400w', '800w', '1200w']);
      for (const [url, width] of candidates(source.properties.srcSet)) {
        expect(url).toMatch(/^\/_astro\/shapes\.[\w-]+\.(avif|webp)$/);
        const meta = await sharp(join(build.outDir, url)).metadata();
        expect([meta.format, meta.width]).toEqual([format, Number.parseInt(width)]);
      }
    }
  });

  test('keeps its text alternative, its size against layout shift, and loads lazily', () => {
    const image = img(pictures('en/gallery/index.html')[0]!).properties;
    expect(image).toMatchObject({
      alt: 'A blue circle with a white tick next to a yellow square',
      width: 1200,
      height: 800,
      loading: 'lazy',
      decoding: 'async',
      className: ['content-picture'],
    });
    expect(String(image.src)).toMatch(/^\/_astro\/shapes\.[\w-]+\.png$/);
    expect(build.exists(String(image.src).slice(1))).toBe(true);
  });

  test('resolves relative to its page in every language: a translation and a fallback show it', () => {
    const french = img(pictures('fr/gallery/index.html')[0]!).properties;
    expect(french.alt).toBe('Un cercle bleu avec une coche blanche à côté d’un carré jaune');
    const english = img(pictures('en/gallery/index.html')[0]!).properties;
    expect(french.src).toBe(english.src);
    // Arabic has no home page: its fallback shows the English page, picture and all.
    expect(parsePage(build.read('ar/gallery/index.html')).text('main')).toContain('GALLERY-EN-HOME');
    expect(img(pictures('ar/gallery/index.html')[0]!).properties).toMatchObject({ src: english.src, alt: english.alt });
  });

  test('comes from files the build wrote, never from another site', () => {
    for (const path of filesUnder(build.outDir).filter((file) => file.endsWith('.html'))) {
      const page = parsePage(readFileSync(path, 'utf8'));
      for (const element of page.all('img, source'))
        for (const [url] of [
          [element.properties.src],
          ...candidates(element.properties.srcSet ?? element.properties.src ?? ''),
        ].filter(([value]) => value)) {
          // Astro's pipeline, or the kit's previews of its pictures, which the kit step draws.
          expect(String(url), relative(build.outDir, path)).toMatch(
            /^\/(?:_astro\/|[a-z]{2}\/[a-z0-9-]+\/kit\/previews\/)/,
          );
          expect(build.exists(String(url).slice(1)), String(url)).toBe(true);
        }
    }
  });
});

describe('<Figure>', () => {
  for (const locale of ['en', 'fr', 'ar'])
    test(`shows its picture and caption on a nested page, also where ${locale} falls back`, () => {
      const page = parsePage(build.read(`${locale}/gallery/guide/index.html`));
      const figures = page.all('main figure.content-figure');
      expect(figures).toHaveLength(2);
      expect(page.text('main figure figcaption')).toBe('The campaign colours, blue and yellow.');
      const [described, decorative] = page.all('main figure picture img').map((image) => image.properties);
      expect(described).toMatchObject({ alt: 'Shapes in the campaign colours', loading: 'lazy', width: 1200 });
      // Decorative: an empty alt, which screen readers skip; priority: loaded at once, first.
      expect(decorative).toMatchObject({ alt: '', loading: 'eager', decoding: 'sync', fetchPriority: 'high' });
      expect(page.all('main figure:nth-of-type(2) figcaption')).toEqual([]);
    });

  test('and a Markdown picture next to its page keep the original format as the fallback', () => {
    const [, , nearby] = pictures('en/gallery/guide/index.html');
    expect(img(nearby!).properties).toMatchObject({ alt: 'A smaller copy of the shapes', width: 600, height: 400 });
    expect(String(img(nearby!).properties.src)).toMatch(/^\/_astro\/local-photo\.[\w-]+\.jpg$/);
  });
});

test('a build in slices of languages writes the same site with pictures, file for file and byte for byte', () => {
  const files = (result: FixtureBuild) =>
    new Map(filesUnder(result.outDir).map((file) => [relative(result.outDir, file), readFileSync(file)]));
  const whole = files(build);
  const parts = files(sliced);
  expect(sliced.output).toMatch(/building in 3 slices/);
  expect([...parts.keys()].sort()).toEqual([...whole.keys()].sort());
  expect([...whole.keys()].filter((path) => path.startsWith('_astro/shapes.')).length).toBeGreaterThan(6);
  for (const [path, bytes] of whole) expect(parts.get(path)?.equals(bytes), path).toBe(true);
});

describe('pictures that cannot be shown', () => {
  test('stop the build before the bundler: one report, exit code 1, nothing written, no stack trace', () => {
    expect(broken.status).toBe(1);
    expect(broken.output).toContain('sidkit found 11 error(s)');
    expect(broken.exists('')).toBe(false);
    expect(broken.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(broken.output).not.toMatch(/vite|rolldown|Could not resolve/i);
  });

  test('are each named with file, line and what to do', () => {
    const at = (title: string, where: string) =>
      expect(broken.output).toMatch(new RegExp(`✖ ${title} {2}\\(.*bad-pictures/${where}:\\d+\\)`));
    at('Picture has no text alternative', 'en/index\\.mdx:7');
    at('Picture has no text alternative', 'en/index\\.mdx:9');
    at('Picture has no text alternative', 'en/index\\.mdx:11');
    at('Picture file not found', 'en/index\\.mdx:13');
    at('Picture is not a file of the campaign', 'en/index\\.mdx:15');
    at('Picture is not a file of the campaign', 'en/index\\.mdx:17');
    at('Picture is not a file of the campaign', 'en/index\\.mdx:19');
    at('Invalid component attribute', 'en/index\\.mdx:21');
    at('Figure is written inside a paragraph', 'en/index\\.mdx:25');
    // A toolkit's pictures, which its PDF prints, follow the same rules.
    at('Picture has no text alternative', 'en/toolkits/pack\\.mdx:9');
    at('Picture file not found', 'en/toolkits/pack\\.mdx:13');
    expect(broken.output).toMatch(/https:\/\/example\.com\/tracker\.png is not a file of the campaign but an address/);
  });
});
