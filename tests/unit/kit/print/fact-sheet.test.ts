import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../src/i18n/translate.ts';
import { factSheetSource } from '../../../../src/lib/kit/print/fact-sheet.ts';
import { citationText } from '../../../../src/lib/sources/citation-text.ts';
import { factFigure } from '../../../../src/lib/sources/fact-figure.ts';
import { pdfInfo, pdfText } from '../../../helpers/pdf-inspect.ts';
import {
  compileKit,
  demoInput,
  expectInsidePrintableArea,
  expectShown,
  PAGE_SIZES,
  PRINT_LOCALES,
} from './kit-fixture.ts';

describe.each(PRINT_LOCALES)('the fact sheet in %s', (locale) => {
  const input = demoInput(locale);
  const t = createTranslate(locale);

  test.each(['a4', 'us-letter'] as const)(
    '%s: every fact of the demo on one page, with its figure and paragraph',
    async (paper) => {
      const source = factSheetSource(input, paper);
      const compiled = await compileKit(source);
      expect(compiled.warnings).toEqual([]);
      const info = pdfInfo(compiled.pdf);
      expect(info.pages).toBe(1);
      expect(info.pageSize).toEqual(PAGE_SIZES[paper]);
      expect(info.title).toContain(input.campaign.title[locale]);
      const text = pdfText(compiled.pdf);
      expectShown(text, t('kitPrint.factSheet.title'));
      expect(input.facts.length).toBeGreaterThan(20);
      for (const fact of input.facts) {
        expectShown(text, factFigure(fact, locale, t, true));
        expectShown(text, citationText(fact, locale));
      }
      expectInsidePrintableArea(compiled.pdf, PAGE_SIZES[paper]);
      expect((await compileKit(source)).pdf.equals(compiled.pdf)).toBe(true);
    },
  );
});

test('twice the demo facts still fit on one page', async () => {
  const input = demoInput('en');
  const facts = [...input.facts, ...input.facts.map((fact) => ({ ...fact, id: `${fact.id}-again` }))];
  expect(pdfInfo((await compileKit(factSheetSource({ ...input, facts }, 'a4'))).pdf).pages).toBe(1);
});
