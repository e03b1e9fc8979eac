import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../src/i18n/translate.ts';
import { contrastRatio } from '../../../src/lib/colour.ts';
import { KIT_PICTURE_SOURCES, kitPictureText } from '../../../src/lib/kit/pictures/kit-pictures.ts';
import { fontSizes, leftToRight, picturePreamble } from '../../../src/lib/kit/pictures/picture-brand.ts';
import {
  SHARE_CARD_SIZE,
  shareCardAlt,
  shareCardSource,
  shareCardText,
} from '../../../src/lib/kit/pictures/share-card.ts';
import { STORY_SAFE_AREA } from '../../../src/lib/kit/pictures/tiles.ts';
import { PdfCompiler } from '../../../src/lib/pdf/compile.ts';
import { loadFonts } from '../../../src/lib/pdf/fonts.ts';
import { rasteriseSvg } from '../../../src/lib/pdf/rasterise.ts';
import { KIT_PICTURES } from '../../../src/lib/routing/kit-files.ts';
import { pdfText } from '../../helpers/pdf-inspect.ts';
import { textColourOn } from '../../../src/lib/typst/component-library.ts';

// A key visual of one flat colour, so that text is the only thing drawn in white.
const FLAT_VISUAL =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#dbeafe"/></svg>';
const files = new Map([['/visual.svg', new Uint8Array(Buffer.from(FLAT_VISUAL))]]);
const brand = { primary: '#1d4ed8', accent: '#fbbf24', keyVisualPath: '/visual.svg' };
const en = { lang: 'en', dir: 'ltr' } as const;
const ar = { lang: 'ar', dir: 'rtl' } as const;
const page = {
  campaignTitle: 'Safer Internet Day 2027',
  tagline: 'Together for a safer internet',
  date: '9 February 2027',
};

let compiler: PdfCompiler | undefined;
async function draw(source: string, size: { width: number; height: number }) {
  compiler ??= PdfCompiler.create(await loadFonts());
  const png = await rasteriseSvg(compiler.compileSvg({ source, files }).svg, size.width, size.height);
  return sharp(png).raw().toBuffer({ resolveWithObject: true });
}

// The columns and rows of the picture's area that hold white pixels (the title on the brand colour).
async function whitePixels(source: string, area: { top: number; bottom: number }) {
  const { data, info } = await draw(source, SHARE_CARD_SIZE);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = area.top; y < area.bottom; y++)
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      if (data[at]! > 240 && data[at + 1]! > 240 && data[at + 2]! > 240 && data[at + 2]! > data[at]! - 5) {
        xs.push(x);
        ys.push(y);
      }
    }
  return { first: Math.min(...xs), last: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('share card words', () => {
  test('a page shows its own title large; the campaign home, whose title is the campaign’s, its tagline', () => {
    expect(shareCardText({ ...page, title: 'Schools' }).headline).toBe('Schools');
    expect(shareCardText({ ...page, title: '' }).headline).toBe(page.tagline);
    expect(shareCardText({ ...page, title: page.campaignTitle }).headline).toBe(page.tagline);
  });

  test('the text alternative holds every word of the card, with the language’s own punctuation', () => {
    const text = shareCardText({ ...page, title: 'Schools' });
    expect(shareCardAlt(text, createTranslate('en'))).toBe('Schools. Safer Internet Day 2027, 9 February 2027');
    expect(shareCardAlt({ headline: '学校', band: '互联网日', date: '2月9日' }, createTranslate('zh'))).toBe(
      '学校。互联网日，2月9日',
    );
  });

  test('titles are Typst strings, never markup, and the layout follows the direction', () => {
    const source = shareCardSource({ headline: 'Say "no" #now', band: 'B', date: 'D' }, ar, brand);
    expect(source).toContain('"Say \\"no\\" #now"');
    expect(source).toContain('dir: rtl');
    expect(source).toContain('"IBM Plex Sans Arabic", "Noto Sans", "Noto Sans SC", "Noto Emoji"');
    // A fallback page's English title, in an Arabic card: its own fonts and direction.
    const fallback = shareCardSource({ headline: 'Schools', band: 'B', date: 'D' }, ar, brand, en);
    expect(fallback).toMatch(/set text\(font: \("Noto Sans", [^)]*\), lang: "en", dir: ltr\); kit-fit\("Schools"/);
  });

  test('sizes step down from the largest to the smallest', () => {
    expect(fontSizes(40, 30)).toBe('(40pt, 36pt, 32pt,)');
  });
});

describe('share card pictures', () => {
  const titleArea = { top: 40, bottom: 470 };

  test('the title starts at the start margin: from the left in English, from the right in Arabic', async () => {
    const english = await whitePixels(
      shareCardSource({ ...page, headline: 'About the day', band: 'B' }, en, brand),
      titleArea,
    );
    expect(english.first).toBeGreaterThanOrEqual(60);
    expect(english.first).toBeLessThan(75);
    expect(english.last).toBeLessThan(730);
    const arabic = await whitePixels(
      shareCardSource({ ...page, headline: 'عن اليوم العالمي', band: 'B' }, ar, brand),
      titleArea,
    );
    expect(arabic.last).toBeLessThanOrEqual(1200 - 60);
    expect(arabic.last).toBeGreaterThan(1200 - 80);
    expect(arabic.first).toBeGreaterThan(470);
  });

  test('a very long title is set smaller and cut with an ellipsis, inside its box', async () => {
    const long = 'A title that goes on and on '.repeat(12).trim();
    const source = shareCardSource({ ...page, headline: long, band: 'B' }, en, brand);
    const drawn = await whitePixels(source, { top: 0, bottom: 512 });
    expect(drawn.first).toBeGreaterThanOrEqual(60);
    expect(drawn.last).toBeLessThanOrEqual(730 - 60);
    expect(drawn.top).toBeGreaterThanOrEqual(44);
    expect(drawn.bottom).toBeLessThanOrEqual(512 - 44);
    // The same source printed as PDF gives its text back: whole words, then the ellipsis.
    const text = pdfText(compiler!.compile({ source, files, creationTimestamp: 0 }).pdf)
      .replace(/\s+/g, ' ')
      .trim();
    expect(text).toMatch(/^A title that goes on and on A title .*\b(on|and|goes|that|title|A)…/);
    expect(text.length).toBeLessThan(long.length);
  });

  test('text reads on its background at 4.5:1 or more', () => {
    expect(contrastRatio(textColourOn(brand.primary), brand.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(textColourOn(brand.accent), brand.accent)).toBeGreaterThanOrEqual(4.5);
    expect(picturePreamble(SHARE_CARD_SIZE, en, brand)).toContain('#let kit-on-primary = rgb("#ffffff")');
  });
});

describe('kit pictures', () => {
  const words = { locale: 'en', ...page, homeUrl: 'https://sid.example.net/en/sid-2027/' };

  test('a campaign without kit.yaml gets no hashtag and the built-in call to action', () => {
    const text = kitPictureText({ ...words, kit: undefined }, createTranslate('en'));
    expect(text).toMatchObject({ callToAction: 'Join us', siteAddress: 'sid.example.net/en/sid-2027' });
    expect(text.hashtag).toBeUndefined();
    expect(text.supportLabel).toBe('I support Safer Internet Day 2027');
    const kit = { hashtag: '#SID', messages: [], posters: [], callToAction: { en: 'Talk to someone you trust' } };
    expect(kitPictureText({ ...words, kit }, createTranslate('en'))).toMatchObject({
      hashtag: '#SID',
      callToAction: 'Talk to someone you trust',
    });
  });

  test('a hashtag and an address keep their order in an Arabic line', () => {
    expect(leftToRight('#SID')).toBe('\u2066#SID\u2069');
    const text = kitPictureText(
      { ...words, locale: 'ar', kit: { hashtag: '#SID', messages: [], posters: [] } },
      createTranslate('ar'),
    );
    expect(KIT_PICTURE_SOURCES['tile-square'](text, ar, brand)).toContain('"\u2066#SID\u2069"');
  });

  test('a story keeps its top 250 px and bottom 300 px free of text', async () => {
    const text = kitPictureText(
      { ...words, kit: { hashtag: '#SID', messages: [], posters: [] } },
      createTranslate('en'),
    );
    const size = KIT_PICTURES['tile-story'];
    const { data, info } = await draw(KIT_PICTURE_SOURCES['tile-story'](text, en, brand), size);
    const distinctColours = (from: number, to: number) => {
      const colours = new Set<string>();
      for (let y = from; y < to; y++)
        for (let x = 0; x < info.width; x += 3) {
          const at = (y * info.width + x) * info.channels;
          colours.add(`${data[at]},${data[at + 1]},${data[at + 2]}`);
        }
      return colours.size;
    };
    expect(distinctColours(0, STORY_SAFE_AREA.top)).toBe(1);
    expect(distinctColours(size.height - STORY_SAFE_AREA.bottom, size.height)).toBe(1);
    expect(distinctColours(STORY_SAFE_AREA.top, size.height - STORY_SAFE_AREA.bottom)).toBeGreaterThan(20);
  });
});
