import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, fontFamiliesFor, fontPaths, loadFonts } from '../../../src/lib/pdf/fonts.ts';

describe('fonts', () => {
  it('resolves every font file from the installed packages', () => {
    const paths = fontPaths();
    expect(paths).toHaveLength(9);
    expect(paths.every((path) => path.endsWith('.ttf') && existsSync(path))).toBe(true);
  });

  it('loads TrueType font data', async () => {
    const fonts = await loadFonts();
    expect(fonts.every((font) => font.readUInt32BE(0) === 0x00010000)).toBe(true);
  });

  it('puts the script of the language first, then the other scripts, then emoji as fallback', () => {
    const { arabic, chinese, emoji, latin } = FONT_FAMILIES;
    expect(fontFamiliesFor('ar')).toEqual([arabic, latin, chinese, emoji]);
    expect(fontFamiliesFor('zh-Hans')).toEqual([chinese, latin, arabic, emoji]);
    expect(fontFamiliesFor('ru')).toEqual([latin, arabic, chinese, emoji]);
    expect(fontFamiliesFor('fr')).toEqual([latin, arabic, chinese, emoji]);
    expect(fontFamiliesFor('en')[0]).toBe(FONT_FAMILIES.latin);
  });
});
