import { describe, expect, test } from 'vitest';
import { CERTIFICATE_AUDIENCES, certificateSource } from '../../../../src/lib/kit/print/certificate.ts';
import { createTranslate } from '../../../../src/i18n/translate.ts';
import { pdfInfo, pdfText } from '../../../helpers/pdf-inspect.ts';
import {
  compileKit,
  DEMO_DATES,
  demoInput,
  expectInsidePrintableArea,
  expectShown,
  PAGE_SIZES,
  PRINT_LOCALES,
} from './kit-fixture.ts';

describe.each(PRINT_LOCALES)('certificates in %s', (locale) => {
  const input = demoInput(locale);
  const t = createTranslate(locale);

  test.each(CERTIFICATE_AUDIENCES)(
    '%s: one landscape page with its title, the day and what they learned',
    async (audience) => {
      const source = certificateSource(input, audience, 'a4');
      const compiled = await compileKit(source);
      expect(compiled.warnings).toEqual([]);
      const info = pdfInfo(compiled.pdf);
      expect(info.pages).toBe(1);
      expect(info.pageSize).toEqual(PAGE_SIZES['a4-landscape']);
      expect(info.language).toBe(locale);
      expect(info.title).toContain(t(`kitPrint.certificate.title.${audience}`));
      const text = pdfText(compiled.pdf);
      for (const shown of [
        t(`kitPrint.certificate.title.${audience}`),
        t('kitPrint.certificate.awardedTo'),
        t('kitPrint.certificate.signature'),
        DEMO_DATES[locale],
      ])
        expectShown(text, shown);
      // The sentence of what they learned is the one for their age.
      expectShown(text, t(`kitPrint.certificate.learned.${audience}`).split(/[,，،]/)[0]!);
      expectInsidePrintableArea(compiled.pdf, PAGE_SIZES['a4-landscape']);
      expect((await compileKit(source)).pdf.equals(compiled.pdf)).toBe(true);
    },
  );
});

test('the US Letter certificate is landscape Letter', async () => {
  const compiled = await compileKit(certificateSource(demoInput('en'), 'ages-3-7', 'us-letter'));
  expect(pdfInfo(compiled.pdf).pageSize).toEqual(PAGE_SIZES['us-letter-landscape']);
  expect(pdfInfo(compiled.pdf).pages).toBe(1);
});

test('the youngest get a friendlier title than teenagers', () => {
  const t = createTranslate('en');
  expect(t('kitPrint.certificate.title.ages-3-7')).toBe('Internet Safety Star');
  expect(t('kitPrint.certificate.title.ages-14-18')).toBe('Certificate of Participation');
});
