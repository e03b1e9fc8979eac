/**
 * Property-based tests of the HTML-to-Typst converter over generated toolkit HTML: it never
 * throws, it reports what it cannot print as located problems, it loses no word without
 * such a problem, and what it produces compiles with the project's Typst compiler.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTranslate } from '../../../src/i18n/translate.ts';
import { PdfCompiler } from '../../../src/lib/pdf/compile.ts';
import { loadFonts } from '../../../src/lib/pdf/fonts.ts';
import { componentLabels } from '../../../src/lib/pdf/toolkit-labels.ts';
import {
  toolkitPdfProblems,
  toolkitPdfSources,
  type ToolkitPdfCampaign,
} from '../../../src/lib/pdf/toolkit-document.ts';
import { hastToTypst } from '../../../src/lib/typst/hast-to-typst.ts';
import { SAMPLE_FILES } from '../pdf/fixtures/samples.ts';
import { expectCatalogued } from './catalogued.ts';
import { fuzzParameters } from './fuzz-settings.ts';
import { toolkitHtml, validToolkitHtml } from './html-arbitraries.ts';
import { lostWords } from './typst-words.ts';

/** The one image the generated pages can show, and the file the compiler reads for it. */
const PICTURES: ReadonlyMap<string, string> = new Map([['img/cat.png', '/images/shield.svg']]);
const PAGE_URL = 'https://example.org/en/sid-2027/toolkits/fuzz/';
const options = {
  labels: componentLabels(createTranslate('en')),
  resolveImage: (src: string) => PICTURES.get(src),
  baseUrl: PAGE_URL,
};

const campaign: ToolkitPdfCampaign = {
  title: { en: 'Fuzz campaign', ar: 'حملة' },
  date: '2027-02-09',
  brand: { primary: '#1d4ed8', accent: '#fbbf24' },
  ui: {},
  print: { cover: 'band' },
};

/** A rendered toolkit page around generated content, as the PDF step reads it. */
function toolkitPage(body: string, lang: string): string {
  return `<!doctype html><html lang="${lang}"><body><main><article data-toolkit lang="${lang}"><h1>Fuzz toolkit</h1><p data-audience-label>Teachers</p><div data-pdf-body>
${body}
<section data-sidkit="helpbox"><h2 data-pdf="skip">Help</h2><ul><li><a data-sidkit="helpline-number" href="tel:116111"><bdi>116 111</bdi></a></li></ul></section>
</div></article></main></body></html>`;
}

describe('the HTML-to-Typst converter on generated HTML', () => {
  test('never throws, locates every problem, and loses no word without a problem', () => {
    fc.assert(
      fc.property(toolkitHtml, (source) => {
        const tree = fromHtml(source, { fragment: true });
        const result = hastToTypst(tree, options);
        for (const problem of result.problems) {
          expect(problem.element).toMatch(/^<[a-z0-9]+[^>]*>$/);
          expect(problem.message.trim()).not.toBe('');
          expect(problem.line).toBeGreaterThan(0);
        }
        const outputs = [result.markup, ...result.endnotes.map((note) => note.markup)];
        expect(lostWords(tree, outputs, result.problems)).toEqual([]);
      }),
      fuzzParameters(300),
    );
  }, 60_000);

  test('the PDF step turns every problem into a catalogued report on the toolkit file', () => {
    fc.assert(
      fc.property(toolkitHtml, (source) => {
        const built = toolkitPdfSources(fromHtml(toolkitPage(source, 'en')), campaign, PICTURES, PAGE_URL);
        expect(built.sources.size === 0).toBe(built.problems.length > 0);
        toolkitPdfProblems(built.problems, 'campaigns/fuzz/en/toolkits/fuzz.mdx').forEach(expectCatalogued);
      }),
      fuzzParameters(100),
    );
  }, 60_000);

  describe('and the Typst compiler', () => {
    // One compiler for the whole file, as in a build.
    let compiler: PdfCompiler;
    beforeAll(async () => {
      compiler = PdfCompiler.create(await loadFonts());
    });

    test('prints valid HTML in full, without a problem, as a document Typst compiles', () => {
      let compiled = 0;
      fc.assert(
        fc.property(validToolkitHtml, fc.constantFrom('en', 'ar', 'zh', 'ru'), (source, lang) => {
          const built = toolkitPdfSources(fromHtml(toolkitPage(source, lang)), campaign, PICTURES, PAGE_URL);
          expect(built.problems).toEqual([]);
          const tree = fromHtml(source, { fragment: true });
          expect(lostWords(tree, [...built.sources.values()].slice(0, 1), [])).toEqual([]);
          const document = built.sources.get('a4');
          if (document === undefined) throw new Error('no A4 source');
          compiler.compile({ source: document, files: SAMPLE_FILES, creationTimestamp: 1_800_000_000 });
          compiled += 1;
        }),
        fuzzParameters(60),
      );
      expect(compiled).toBe(fuzzParameters(60).numRuns);
    }, 60_000);
  });
});
