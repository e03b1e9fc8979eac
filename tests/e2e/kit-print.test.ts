/**
 * The kit's print documents in the demo build: posters, certificates, the press release (Markdown
 * and PDF) and the fact sheet in every language the demo is published in, each a PDF of its size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CAMPAIGN_POSTER,
  certificatePath,
  factSheetPath,
  posterPath,
  pressReleasePath,
} from '../../src/lib/routing/kit-files.ts';
import { demo, DEMO_LOCALES } from '../helpers/demo-site.ts';
import { pdfInfo } from '../helpers/pdf-inspect.ts';

const CAMPAIGN = 'sid-2027';
const A4 = { width: 595.3, height: 841.9 };
const A3 = { width: 841.9, height: 1190.6 };
const LETTER = { width: 612, height: 792 };
const landscape = (size: { width: number; height: number }) => ({ width: size.height, height: size.width });
const built = (path: string) => join(demo.outDir, path);

describe.each(DEMO_LOCALES)('the kit documents in %s', (locale) => {
  test('posters, certificates, press release and fact sheet are PDFs of their paper, in the language', () => {
    const expected: [string, { width: number; height: number }][] = [
      [posterPath(CAMPAIGN, locale, CAMPAIGN_POSTER, 'a4'), A4],
      [posterPath(CAMPAIGN, locale, CAMPAIGN_POSTER, 'a3'), A3],
      ...['ages-3-7', 'ages-7-11', 'ages-11-14', 'ages-14-18'].flatMap((audience): [string, typeof A4][] => [
        [certificatePath(CAMPAIGN, locale, audience, 'a4'), landscape(A4)],
        [certificatePath(CAMPAIGN, locale, audience, 'us-letter'), landscape(LETTER)],
      ]),
      [pressReleasePath(CAMPAIGN, locale, 'a4'), A4],
      [pressReleasePath(CAMPAIGN, locale, 'us-letter'), LETTER],
      [factSheetPath(CAMPAIGN, locale, 'a4'), A4],
      [factSheetPath(CAMPAIGN, locale, 'us-letter'), LETTER],
    ];
    for (const [path, size] of expected) {
      const info = pdfInfo(built(path));
      expect(info.pageSize, path).toEqual(size);
      expect(info.language, path).toBe(locale);
      if (!path.includes('press-release')) expect(info.pages, path).toBe(1);
    }
  });

  test('the press release is also an editable Markdown file', () => {
    const path = built(pressReleasePath(CAMPAIGN, locale, 'md'));
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/^\*\*.+\*\* · .+\n\n# /);
  });
});
