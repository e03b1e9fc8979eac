import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, fontFamiliesFor, fontPaths, loadFonts } from '../../../src/lib/pdf/fonts.ts';

describe('fonts', () => {
  it('resolves every font file from the installed packages', () => {
    const paths = fontPaths();
    expect(paths).toHaveLength(8);
    expect(paths.every((path) => path.endsWith('.ttf') && existsSync(path))).toBe(true);
  });

  it('loads TrueType font data', async () => {
    const fonts = await loadFonts();
    expect(fonts.every((font) => font.readUInt32BE(0) === 0x00010000)).toBe(true);
  });

  it('puts the script of the language first, then the others as fallback', () => {
    expect(fontFamiliesFor('ar')).toEqual([FONT_FAMILIES.arabic, FONT_FAMILIES.latin, FONT_FAMILIES.chinese]);
    expect(fontFamiliesFor('zh-Hans')).toEqual([FONT_FAMILIES.chinese, FONT_FAMILIES.latin, FONT_FAMILIES.arabic]);
    expect(fontFamiliesFor('ru')).toEqual([FONT_FAMILIES.latin, FONT_FAMILIES.arabic, FONT_FAMILIES.chinese]);
    expect(fontFamiliesFor('en')[0]).toBe(FONT_FAMILIES.latin);
  });
});
