import { describe, expect, test } from 'vitest';
import { posterSource, posterTexts } from '../../../../src/lib/kit/print/poster.ts';
import { unbrokenNumbers } from '../../../../src/lib/kit/print/print-frame.ts';
import { figureAlts, pageShows, pdfInfo, pdfLines, pdfText } from '../../../helpers/pdf-inspect.ts';
import {
  compileKit,
  DEMO_DATES,
  demoInput,
  expectInsidePrintableArea,
  expectShown,
  PAGE_SIZES,
  PRINT_LOCALES,
  TEST_KIT,
} from './kit-fixture.ts';

describe.each(PRINT_LOCALES)('the campaign poster in %s', (locale) => {
  const input = demoInput(locale);
  const [poster] = posterTexts(input);

  test.each(['a4', 'a3'] as const)(
    '%s: one page of the right size, with the day, the tagline, the number to call and the address',
    async (size) => {
      const source = posterSource(input, poster!, size);
      const compiled = await compileKit(source);
      expect(compiled.warnings).toEqual([]);
      const info = pdfInfo(compiled.pdf);
      expect(info.pages).toBe(1);
      expect(info.pageSize).toEqual(PAGE_SIZES[size]);
      expect(info.language).toBe(locale);
      expect(info.tagged).toBe(true);
      expect(info.title).toContain(input.campaign.title[locale]);
      const text = pdfText(compiled.pdf);
      for (const shown of [
        input.campaign.title[locale]!,
        input.campaign.tagline[locale]!,
        DEMO_DATES[locale],
        '116 111',
      ])
        expectShown(text, shown);
      expectShown(text, `sid.example.net/${locale}/sid-2027`);
      // Read from 3 m: the headline is set at 40 pt or more on A4 (about 1 cm capitals), √2 times that on A3.
      const largest = Math.max(...pdfLines(compiled.pdf, 1).map((line) => line.size));
      expect(largest).toBeGreaterThanOrEqual(size === 'a4' ? 40 : 56);
      // The logo is the one figure screen readers announce; the key visual and stars are decoration.
      expect(figureAlts(compiled.pdf)).toEqual([input.campaign.title[locale]]);
      expectInsidePrintableArea(compiled.pdf, PAGE_SIZES[size]);
      // Deterministic: the same bytes when printed again.
      expect((await compileKit(source)).pdf.equals(compiled.pdf)).toBe(true);
    },
  );
});

describe('kit posters', () => {
  test('kit.yaml adds its posters after the campaign poster, with their call to action and hashtag', async () => {
    const input = demoInput('en', TEST_KIT);
    const posters = posterTexts(input);
    expect(posters.map((poster) => poster.id)).toEqual(['campaign', 'tell-someone']);
    const text = pdfText((await compileKit(posterSource(input, posters[1]!, 'a4'))).pdf);
    for (const shown of [
      'Worried by something online?',
      'You are never in trouble for asking.',
      'Ask, share, be kind',
      '#SaferInternetDay',
    ])
      expectShown(text, shown);
  });

  test('without a kit.yaml the poster has the built-in call to action in the locale', async () => {
    const text = pdfText((await compileKit(posterSource(demoInput('zh'), posterTexts(demoInput('zh'))[0]!, 'a4'))).pdf);
    expect(pageShows(text, '一起参与：和你信任的人聊聊网上生活')).toBe(true);
  });

  test('a kit poster not written in a locale is left out of it', () => {
    const kit = { ...TEST_KIT, posters: [{ id: 'only-en', headline: { en: 'Only in English' } }] };
    expect(posterTexts(demoInput('zh', kit)).map((poster) => poster.id)).toEqual(['campaign']);
  });

  test('without a helpline with a number, the poster sends readers to the help page', async () => {
    const input = { ...demoInput('en'), help: [] };
    const text = pdfText((await compileKit(posterSource(input, posterTexts(input)[0]!, 'a4'))).pdf);
    expect(text).not.toContain('116 111');
    expectShown(text, 'sid.example.net/en/sid-2027/get-help');
  });
});

test('numbers written in groups hold together, in right-to-left text too', () => {
  expect(unbrokenNumbers('Call 116 111 or +44 800 1111, free')).toBe(
    'Call 116\u00a0111 or +44\u00a0800\u00a01111, free',
  );
  expect(unbrokenNumbers('2 children, 3 adults')).toBe('2 children, 3 adults');
});
