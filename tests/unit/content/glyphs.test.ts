import { expect, test } from 'vitest';
import { checkGlyphs } from '../../../src/lib/content/check-glyphs.ts';
import { bundledFontCoverage } from '../../../src/lib/pdf/font-coverage.ts';

const toolkit = (text: string) => ({
  pathInCampaign: 'en/toolkits/pack.mdx',
  displayPath: 'c/en/toolkits/pack.mdx',
  text,
});

test('each character no bundled font has is a catalogued error at its file, line and column, naming the fonts tried', () => {
  const problems = checkGlyphs(toolkit('---\ntitle: "Sign \uE000"\n---\n\nA 🙂 name: 𠀀.\n'), bundledFontCoverage());
  expect(problems).toEqual([
    expect.objectContaining({
      name: 'GlyphNotInFonts',
      severity: 'error',
      file: 'c/en/toolkits/pack.mdx',
      line: 2,
      column: 14,
    }),
    expect.objectContaining({ name: 'GlyphNotInFonts', file: 'c/en/toolkits/pack.mdx', line: 5, column: 11 }),
  ]);
  expect(problems[1]!.message).toBe(
    '"𠀀" (U+20000) is in none of the fonts tried: Noto Sans, IBM Plex Sans Arabic, Noto Sans SC, Noto Emoji',
  );
  expect(problems[1]!.hint).toMatch(/src\/lib\/pdf\/fonts\.ts/);
});

test('a toolkit in any of the shipped scripts, with emoji, passes', () => {
  expect(
    checkGlyphs(toolkit('---\ntitle: أمان 安全 Безопасность\n---\n\nStop 🛑, think 🤔.\n'), bundledFontCoverage()),
  ).toEqual([]);
});
