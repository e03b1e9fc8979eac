import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PdfCompiler, type CompiledPdf } from '../../../src/lib/pdf/compile.ts';
import { TypstCompileError } from '../../../src/lib/pdf/diagnostics.ts';
import { loadFonts } from '../../../src/lib/pdf/fonts.ts';
import type { ConversionResult } from '../../../src/lib/typst/convert-context.ts';
import { fromHtml } from 'hast-util-from-html';
import { buildDocument } from '../../../src/lib/typst/document.ts';
import { hastToTypst } from '../../../src/lib/typst/hast-to-typst.ts';
import { SAMPLE_FILES, SAMPLES, sampleDocument, sampleInput } from './fixtures/samples.ts';
import { outlineTitles, pdfFonts, pdfInfo, pdfText } from '../../helpers/pdf-inspect.ts';

const TIMESTAMP = 1_800_000_000;
/** ISO A4 in PostScript points, as MuPDF reports it rounded to a tenth. */
const A4 = { width: 595.3, height: 841.9 };
const KEYS = ['en', 'ar', 'zh', 'ru'] as const;
type Key = (typeof KEYS)[number];

/** The font files each sample must embed: its own script first. */
const EXPECTED_FONTS: Readonly<Record<Key, readonly string[]>> = {
  en: ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic'],
  ar: ['IBMPlexSansArabic-Regular', 'IBMPlexSansArabic-Bold'],
  zh: ['NotoSansSC-Regular', 'NotoSansSC-Bold'],
  ru: ['NotoSans-Regular', 'NotoSans-Bold'],
};

interface Compiled {
  source: string;
  conversion: ConversionResult;
  result: CompiledPdf;
  path: string;
}

// One compiler for the whole file, as in a build.
let compiler: PdfCompiler;
const compiled = new Map<Key, Compiled>();

beforeAll(async () => {
  compiler = PdfCompiler.create(await loadFonts());
  const dir = mkdtempSync(join(tmpdir(), 'sidkit-pdf-'));
  for (const key of KEYS) {
    const { source, conversion } = sampleDocument(key);
    const result = compiler.compile({ source, files: SAMPLE_FILES, creationTimestamp: TIMESTAMP });
    const path = join(dir, `${key}.pdf`);
    writeFileSync(path, result.pdf);
    compiled.set(key, { source, conversion, result, path });
  }
});

function sample(key: Key): Compiled {
  const found = compiled.get(key);
  if (!found) throw new Error(`Sample ${key} was not compiled`);
  return found;
}

describe.each(KEYS)('the %s sample toolkit', (key) => {
  it('converts without problems and compiles without warnings', () => {
    expect(sample(key).conversion.problems).toEqual([]);
    expect(sample(key).result.warnings).toEqual([]);
  });

  it('is a PDF, byte for byte the same when compiled again', () => {
    const { source, result } = sample(key);
    expect(result.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const again = compiler.compile({ source, files: SAMPLE_FILES, creationTimestamp: TIMESTAMP });
    expect(again.pdf.equals(result.pdf)).toBe(true);
  });

  it('has the expected pages, title, language and creation date', () => {
    const { path, result } = sample(key);
    const info = pdfInfo(path);
    // Cover, contents, two pages of body, the worksheet page, notes, helplines.
    expect(info.pages).toBe(7);
    expect(result.pageCount).toBe(7);
    expect(info.title).toBe(SAMPLES[key].title);
    expect(info.pageSize).toEqual(A4);
    expect(info.creationDate?.getTime()).toBe(TIMESTAMP * 1000);
  });

  it('shows its text, in its own script', () => {
    const text = pdfText(sample(key).path);
    // Text extraction turns Typst's CJK-Latin gap into a space and moves spaces around RTL runs.
    const compact = (value: string) => value.replace(/\s+/g, '');
    const { title, campaignTitle, documentLabels } = SAMPLES[key];
    if (key === 'ar') {
      // MuPDF, like poppler before it, reverses the letters of a ligature glyph in an RTL run
      // (لإ in الإنترنت comes out as إل), so only ligature-free Arabic can be compared; the exact
      // title is checked in the metadata above.
      expect(text).toContain('الحديث عن الحياة على');
      expect(text).toContain(documentLabels.contents);
      expect(text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/u);
    } else {
      expect(compact(text)).toContain(compact(title));
      expect(compact(text)).toContain(compact(campaignTitle));
    }
    expect(compact(text)).toContain(compact(documentLabels.pageOf.replace('{n}', '2').replace('{total}', '7')));
  });

  it('embeds its fonts, and only the bundled ones', () => {
    const fonts = pdfFonts(sample(key).path);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(fonts.map((font) => font.name)).toEqual(expect.arrayContaining([...EXPECTED_FONTS[key]]));
    expect(fonts.every((font) => /^(NotoSans|NotoSansSC|IBMPlexSansArabic)-/.test(font.name))).toBe(true);
  });

  it('has bookmarks for every heading, notes and helplines', () => {
    const { conversion, result } = sample(key);
    const { notes, helplines } = SAMPLES[key].documentLabels;
    expect(outlineTitles(result.pdf)).toEqual([
      ...conversion.headings.map((heading) => heading.text),
      notes,
      helplines,
    ]);
  });
});

describe('PdfCompiler', () => {
  it('compiles every component and element with its optional parts left out', () => {
    const html = `
      <section data-sidkit="activity" data-title="Bare"><p>No time, purpose or materials.</p>
        <table><tr><td><aside data-sidkit="callout" data-kind="note"><p>In a cell</p></aside></td></tr></table></section>
      <section data-sidkit="worksheet" data-title="No lines"></section>
      <section data-sidkit="helpbox" data-title="Local"><p>Ask a teacher.</p></section>
      <dl><dt>a</dt><dd><p>b</p><ul><li>c</li></ul></dd></dl>
      <div lang="ar" dir="rtl"><blockquote><p>اقتباس</p></blockquote></div>
      <p>x<sup>2</sup> <q>q</q> <kbd>Ctrl</kbd> <a href="tel:+441234">call</a><br>end</p>
      <pre>#raw // "text"</pre><hr>`;
    const conversion = hastToTypst(fromHtml(html, { fragment: true }), {
      labels: { ...SAMPLES.en.componentLabels, worksheetFields: [] },
      resolveImage: () => undefined,
    });
    expect(conversion.problems).toEqual([]);
    const source = buildDocument({
      ...sampleInput('en'),
      bodyMarkup: conversion.markup,
      endnotes: [],
      helplinesMarkup: '',
    });
    const { warnings, pageCount } = compiler.compile({ source, creationTimestamp: TIMESTAMP });
    expect(warnings).toEqual([]);
    // Cover, contents, the activity, the worksheet on its own page, the rest.
    expect(pageCount).toBe(5);
  });

  it('shows text exactly, whatever characters markup would treat specially', () => {
    const text = pdfText(sample('en').path);
    expect(text).toContain(
      'Special characters stay as written: # $ * _ @ < [ ] \\ // /* = - + 1. "quotes" \'single\'.',
    );
  });

  it('writes the creation timestamp it is given', () => {
    const { source } = sample('ru');
    const later = compiler.compile({ source, files: SAMPLE_FILES, creationTimestamp: TIMESTAMP + 86_400 });
    expect(later.pdf.equals(sample('ru').result.pdf)).toBe(false);
  });

  it('reports Typst errors with the message and the offending source line', () => {
    const source = '#let x = 1\n= Fine\n#text(fill: 3)[broken]\n';
    const error = (() => {
      try {
        compiler.compile({ source, creationTimestamp: TIMESTAMP });
      } catch (caught) {
        return caught;
      }
      throw new Error('expected a compile error');
    })();
    expect(error).toBeInstanceOf(TypstCompileError);
    const { diagnostics, message } = error as TypstCompileError;
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      line: 3,
      sourceLine: '#text(fill: 3)[broken]',
      message: expect.stringContaining('expected color'),
    });
    expect(message).toContain('at line 3, column 13:\n  #text(fill: 3)[broken]\n              ^');
  });

  it('lets a document read only the files mapped for it', () => {
    const source = '#image("/images/shield.svg", alt: "x")';
    expect(compiler.compile({ source, files: SAMPLE_FILES, creationTimestamp: TIMESTAMP }).pageCount).toBe(1);
    expect(() => compiler.compile({ source, creationTimestamp: TIMESTAMP })).toThrow(/file not found/);
    expect(() => compiler.compile({ source: '#read("/etc/hostname")', creationTimestamp: TIMESTAMP })).toThrow(
      /file not found/,
    );
  });

  it('returns warnings, such as a font family the compiler does not have', () => {
    const { warnings } = compiler.compile({
      source: '#set text(font: "No Such Font")\nHi',
      creationTimestamp: TIMESTAMP,
    });
    expect(warnings).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('unknown font family') }),
    ]);
  });

  it('rejects a creation timestamp that is not whole seconds', () => {
    expect(() => compiler.compile({ source: 'Hi', creationTimestamp: Date.now() / 1000 + 0.5 })).toThrow(
      /whole seconds/,
    );
  });

  // Found by tests/unit/fuzz/: Typst's JavaScript highlighter never returned on this code block.
  it('compiles a code block of unfinished code, which syntax highlighting would hang on', () => {
    const { markup } = hastToTypst(fromHtml('<pre><code class="language-js">x /* y</code></pre>', { fragment: true }), {
      labels: SAMPLES.en.componentLabels,
      resolveImage: () => undefined,
    });
    expect(markup).toBe('#raw(block: true, "x /* y")');
    expect(compiler.compile({ source: markup, creationTimestamp: TIMESTAMP }).pageCount).toBe(1);
  });
});
