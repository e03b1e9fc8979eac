import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../src/i18n/translate.ts';
import { pressRelease, pressReleaseMarkdown, pressReleaseSource } from '../../../../src/lib/kit/print/press-release.ts';
import { citationText } from '../../../../src/lib/sources/citation-text.ts';
import { factFigure } from '../../../../src/lib/sources/fact-figure.ts';
import { pdfInfo, pdfText } from '../../../helpers/pdf-inspect.ts';
import {
  compileKit,
  DEMO_DATES,
  demoCampaign,
  demoInput,
  expectShown,
  PAGE_SIZES,
  PRINT_LOCALES,
  TEST_KIT,
} from './kit-fixture.ts';

const homeFacts = demoCampaign.config.home.facts;
const factById = (id: string) => demoCampaign.facts.find((fact) => fact.id === id)!;

describe('the press release in Markdown', () => {
  test('without a kit.yaml: the home page facts, each with its figure and its source, and the organiser as contact', () => {
    const markdown = pressReleaseMarkdown(pressRelease(demoInput('en'), homeFacts));
    const t = createTranslate('en');
    expect(markdown).toContain('**FOR IMMEDIATE RELEASE** · February 9, 2027');
    expect(markdown).toContain('# Safer Internet Day 2027: Together for a safer internet for every child');
    for (const id of homeFacts) {
      const fact = factById(id);
      expect(markdown).toContain(`**${factFigure(fact, 'en', t, true)}**`);
      expect(markdown).toContain(`Source: ${citationText(fact, 'en')}`);
    }
    expect(markdown).toContain('sidkit demo campaign  \n<https://example.org/>');
    expect(markdown).toContain('<https://sid.example.net/en/sid-2027/toolkits/>');
    expect(markdown).toContain('<https://sid.example.net/en/sid-2027/get-help/>');
    expect(markdown).toContain('<https://undocs.org/A/HRC/28/56>');
    expect(markdown).not.toContain('## About');
  });

  test('kit.yaml chooses the figures, the contact and the boilerplate', () => {
    const markdown = pressReleaseMarkdown(pressRelease(demoInput('en', TEST_KIT), homeFacts));
    expect(markdown).toContain('Press office (sample)  \n<press@example.org>');
    expect(markdown).toContain('## About sidkit demo campaign\n\nA sample organiser.');
    expect(markdown.match(/^- \*\*/gm)).toHaveLength(3);
    expect(markdown).toContain(`Source: ${citationText(factById('children-sexually-exploited'), 'en')}`);
  });

  test('in Chinese the fixed phrases are Chinese', () => {
    const markdown = pressReleaseMarkdown(pressRelease(demoInput('zh'), homeFacts));
    expect(markdown).toContain('**即时发布** · 2027年2月9日');
    expect(markdown).toContain('## 关键数据');
    expect(markdown).toContain('来源：A/HRC/28/56，第22段');
  });

  test('text that looks like Markdown stays text', () => {
    const input = demoInput('en');
    const markdown = pressReleaseMarkdown(
      pressRelease({ ...input, campaign: { ...input.campaign, tagline: { en: '*Safe* <b>[online]</b>' } } }, homeFacts),
    );
    expect(markdown).toContain('\\*Safe\\* \\<b\\>\\[online\\]\\</b\\>');
  });
});

describe.each(PRINT_LOCALES)('the press release PDF in %s', (locale) => {
  test('has the headline, the day, every figure with its paragraph, and the contact', async () => {
    const input = demoInput(locale, TEST_KIT);
    const release = pressRelease(input, homeFacts);
    const source = pressReleaseSource(input, release, 'a4');
    const compiled = await compileKit(source);
    expect(compiled.warnings).toEqual([]);
    const info = pdfInfo(compiled.pdf);
    expect(info.pageSize).toEqual(PAGE_SIZES.a4);
    expect(info.language).toBe(locale);
    expect(info.pages).toBeLessThanOrEqual(2);
    const text = pdfText(compiled.pdf);
    for (const shown of [release.immediate, DEMO_DATES[locale], 'Press office (sample)', 'press@example.org'])
      expectShown(text, shown);
    // MuPDF runs "المصدر:" into the symbol after it, so the citation is looked for on its own.
    for (const id of TEST_KIT.press!.facts!) expectShown(text, citationText(factById(id), locale));
    expect(release.figures.map((figure) => figure.source)).toEqual(
      TEST_KIT.press!.facts!.map((id) =>
        createTranslate(locale)('kitPrint.press.source', { citation: citationText(factById(id), locale) }),
      ),
    );
    expect((await compileKit(source)).pdf.equals(compiled.pdf)).toBe(true);
    const letter = await compileKit(pressReleaseSource(input, release, 'us-letter'));
    expect(pdfInfo(letter.pdf).pageSize).toEqual(PAGE_SIZES['us-letter']);
  });
});

test('a campaign without facts, help or kit still gets a press release, without the figures section', async () => {
  const input = { ...demoInput('fr'), facts: [], help: [] };
  const release = pressRelease(input, homeFacts);
  expect(release.figures).toEqual([]);
  expect(pressReleaseMarkdown(release)).not.toContain('## Chiffres clés');
  const compiled = await compileKit(pressReleaseSource(input, release, 'a4'));
  expect(compiled.warnings).toEqual([]);
  expect(pdfText(compiled.pdf)).not.toContain('Chiffres clés');
});
