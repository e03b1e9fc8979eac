import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { pdfFonts, pdfText, renderPage } from '../helpers/pdf-inspect.ts';

let emoji: FixtureBuild;
let boxes: FixtureBuild;
let check: CliRun;
beforeAll(() => {
  emoji = buildFixture('glyphs');
  boxes = buildFixture('glyphs-broken');
  check = runCli('check', [], { SIDKIT_CAMPAIGNS: 'tests/fixtures/glyphs-broken/campaigns' });
  if (emoji.status !== 0) throw new Error(`fixture build failed:\n${emoji.output}`);
});

describe('a toolkit with emoji', () => {
  const pdf = () => join(emoji.outDir, 'en/emoji/toolkits/emoji-signals-en-a4.pdf');

  test('prints them in Noto Emoji, embedded, and keeps them in the text layer', () => {
    expect(pdfFonts(pdf())).toContainEqual({ name: 'NotoEmoji-Regular', embedded: true });
    const text = pdfText(pdf());
    expect(text).toContain('Hold up a card: 🛑 stop, 🤔 think, 👍 share. Draw a ❤️ next to the one you use most.');
    expect(text).toContain('Read the post out loud 📣');
  });

  test('renders the page with the emoji, for people to look at', () => {
    const page =
      pdfText(pdf())
        .split('\f')
        .findIndex((text) => text.includes('🛑')) + 1;
    expect(page).toBeGreaterThan(0);
    const png = renderPage(pdf(), page, join(emoji.outDir, '../emoji-page.png'), 150);
    expect(png.ink).toBeGreaterThan(0.01);
  });
});

describe('a toolkit with characters no bundled font has', () => {
  const file = 'tests/fixtures/glyphs-broken/campaigns/boxes/en/toolkits/boxes.mdx';
  const expectEveryCharacter = (output: string) => {
    expect(output).toContain('sidkit found 3 error(s)');
    expect(output).toContain(`✖ Character that no PDF font can print  (${file}:3:31)`);
    expect(output).toContain(
      '"\uE000" (U+E000) is in none of the fonts tried: Noto Sans, IBM Plex Sans Arabic, Noto Sans SC, Noto Emoji',
    );
    expect(output).toContain(`✖ Character that no PDF font can print  (${file}:12:10)`);
    expect(output).toContain('"𠀀" (U+20000)');
    expect(output).toContain(`✖ Character that no PDF font can print  (${file}:12:72)`);
    expect(output).toContain('"𠀁" (U+20001)');
    expect(output).toMatch(/fix: +Replace the character with one the fonts have/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  };

  test('fails the check with every character at its file, line and column, and exit code 1', () => {
    expect(check.status).toBe(1);
    expectEveryCharacter(check.stdout);
  });

  test('stops the build before any page or PDF is made', () => {
    expect(boxes.status).toBe(1);
    expectEveryCharacter(boxes.output);
    expect(boxes.exists('index.html')).toBe(false);
  });
});
