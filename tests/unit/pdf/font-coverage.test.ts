import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bundledFontCoverage,
  codePointName,
  fontCoverage,
  uncoveredCharacters,
} from '../../../src/lib/pdf/font-coverage.ts';
import { FONT_FAMILIES, fontPaths } from '../../../src/lib/pdf/fonts.ts';

const coverage = bundledFontCoverage();
const notoSansOnly = fontCoverage([
  readFileSync(fontPaths().find((path) => path.endsWith('NotoSans_400Regular.ttf'))!),
]);

describe('fontCoverage', () => {
  test('the bundled fonts cover Latin, Cyrillic, Arabic, Chinese and emoji, and say who they are', () => {
    expect(coverage.families).toEqual(Object.values(FONT_FAMILIES));
    for (const character of ['A', 'é', 'Ж', 'ب', '中', '网', '😀', '🛑', '❤', '👍'])
      expect(coverage.covers(character.codePointAt(0)!), character).toBe(true);
  });

  test('a rare CJK Extension B character and private-use code points are in none of them', () => {
    for (const codePoint of [0x20000, 0x2a6d6, 0xe000, 0xf8ff]) expect(coverage.covers(codePoint)).toBe(false);
  });

  test('reads what each font file really holds: Noto Sans alone has Latin but neither Chinese nor emoji', () => {
    expect(notoSansOnly.families).toEqual([FONT_FAMILIES.latin]);
    expect(notoSansOnly.covers(0x41)).toBe(true);
    expect(notoSansOnly.covers(0x4e2d)).toBe(false);
    expect(notoSansOnly.covers(0x1f600)).toBe(false);
  });

  test('the bundled coverage is read once per process', () => {
    expect(bundledFontCoverage()).toBe(coverage);
  });
});

describe('uncoveredCharacters', () => {
  test('finds every uncovered character, in order, at its line and column counted in characters', () => {
    const text = 'Title \uE000\n😀 then 𠀀 and 𠀀\n';
    expect(uncoveredCharacters(text, coverage)).toEqual([
      { character: '\uE000', codePoint: 0xe000, line: 1, column: 7 },
      { character: '𠀀', codePoint: 0x20000, line: 2, column: 8 },
      { character: '𠀀', codePoint: 0x20000, line: 2, column: 14 },
    ]);
  });

  test('characters that draw nothing need no glyph: line breaks, tabs, variation selectors, joiners', () => {
    expect(uncoveredCharacters('a\tb\r\n❤️ 👩\u200D💻 \u00AD\u2060', notoSansOnly)).toEqual([
      expect.objectContaining({ character: '❤', line: 2, column: 1 }),
      expect.objectContaining({ character: '👩', line: 2, column: 4 }),
      expect.objectContaining({ character: '💻', line: 2, column: 6 }),
    ]);
  });

  test('text the fonts fully cover has nothing to report', () => {
    expect(uncoveredCharacters('Stay safe 🛑 أمان 安全 Безопасность', coverage)).toEqual([]);
  });
});

test('codePointName writes code points the way Unicode charts do', () => {
  expect(codePointName(0x41)).toBe('U+0041');
  expect(codePointName(0x1f600)).toBe('U+1F600');
  expect(codePointName(0x20000)).toBe('U+20000');
});
