import { describe, expect, test } from 'vitest';
import {
  cssLength,
  imageChoice,
  mediaMatches,
  PHONE,
  pickCandidate,
  slotWidth,
} from '../../helpers/quality/responsive-images.ts';
import { pageWeight } from '../../helpers/quality/weight.ts';
import { siteOf } from './site-of.ts';

const desktop = { width: 1280, density: 1 };
const SIZES = '(min-width: 720px) 656px, calc(100vw - 32px)';
const SRCSET = (format: string) => [400, 800, 1200, 1600].map((w) => `/p-${w}.${format} ${w}w`).join(', ');
const picture = `<picture><source srcset="${SRCSET('avif')}" type="image/avif" sizes="${SIZES}"><source srcset="${SRCSET('webp')}" type="image/webp" sizes="${SIZES}"><img src="/p-1600.png" srcset="${SRCSET('png')}" sizes="${SIZES}" alt="" width="1600" height="900"></picture>`;

describe('what a screen downloads of a responsive picture', () => {
  test('evaluates the lengths and media conditions that sizes use', () => {
    expect(cssLength('calc(100vw - 32px)', PHONE)).toBe(358);
    expect(cssLength('40rem', PHONE)).toBe(640);
    expect(mediaMatches('(min-width: 720px)', PHONE)).toBe(false);
    expect(mediaMatches('(min-width: 45rem) and (max-width: 2000px)', desktop)).toBe(true);
    expect(slotWidth(SIZES, PHONE)).toBe(358);
    expect(slotWidth(SIZES, desktop)).toBe(656);
    expect(() => slotWidth('min(100vw, 40rem)', PHONE)).toThrow(/^cannot evaluate the length "min\(100vw"$/);
  });

  test('picks the smallest width that covers the slot at the screen density, else the largest', () => {
    // A 358 px slot at 3x needs 1074 px: the 1200 w file. At 2x, 716 px: the 800 w file.
    expect(pickCandidate(SRCSET('avif'), '', SIZES, PHONE)).toBe('/p-1200.avif');
    expect(pickCandidate(SRCSET('avif'), '', SIZES, { width: 390, density: 2 })).toBe('/p-800.avif');
    expect(pickCandidate(SRCSET('avif'), '', SIZES, desktop)).toBe('/p-800.avif');
    expect(pickCandidate('/a.png 400w', '', '', { width: 1280, density: 2 })).toBe('/a.png');
    expect(pickCandidate('/a2.png 2x', '/a.png', '', { width: 390, density: 1 })).toBe('/a.png');
    expect(pickCandidate('', '/a.png', '', PHONE)).toBe('/a.png');
  });

  test('takes the first source of a type the browser decodes, and leaves every other file', () => {
    const choice = imageChoice(`<main>${picture}<img src="/plain.png" alt=""></main>`);
    expect([...choice.loaded].sort()).toEqual(['/p-1200.avif', '/plain.png']);
    expect(choice.notLoaded.size).toBe(12 - 1);
    const unknownType = picture.replace('image/avif', 'image/jxl');
    expect([...imageChoice(unknownType).loaded]).toEqual(['/p-1200.webp']);
  });

  test('makes the page weight count one file of a picture, not all twelve', () => {
    const files: Record<string, string> = { 'page.html': `<!doctype html><html><body>${picture}</body></html>` };
    for (const format of ['avif', 'webp', 'png'])
      for (const w of [400, 800, 1200, 1600]) files[`p-${w}.${format}`] = 'x'.repeat(w);
    const weight = pageWeight(siteOf(files), 'page.html', { base: '/' });
    expect(weight.files.map((file) => file.file)).toEqual(['page.html', 'p-1200.avif']);
    const wide = pageWeight(siteOf(files), 'page.html', { base: '/' }, desktop);
    expect(wide.files.map((file) => file.file)).toEqual(['page.html', 'p-800.avif']);
  });
});
