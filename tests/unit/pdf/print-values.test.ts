/**
 * Values a reader must read whole, compiled for real: a phone number or an amount never splits
 * across two lines, in left-to-right and right-to-left text, and table cells keep the alignment
 * Markdown gave them.
 */
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { PdfCompiler } from '../../../src/lib/pdf/compile.ts';
import { loadFonts } from '../../../src/lib/pdf/fonts.ts';
import { buildDocument } from '../../../src/lib/typst/document.ts';
import { hastToTypst } from '../../../src/lib/typst/hast-to-typst.ts';
import { pdfLines, pdfText } from '../../helpers/pdf-inspect.ts';
import { SAMPLES, sampleInput } from './fixtures/samples.ts';

let compiler: PdfCompiler;
beforeAll(async () => {
  compiler = PdfCompiler.create(await loadFonts());
});

/** The PDF of a body given as HTML, in a sample's language. */
function print(key: 'en' | 'ar', html: string): Uint8Array {
  const body = hastToTypst(fromHtml(html, { fragment: true }), {
    labels: SAMPLES[key].componentLabels,
    resolveImage: () => undefined,
  });
  expect(body.problems).toEqual([]);
  const source = buildDocument({ ...sampleInput(key), bodyMarkup: body.markup, endnotes: [], helplinesMarkup: '' });
  return compiler.compile({ source, creationTimestamp: 1_800_000_000 }).pdf;
}

/** Text of every width, so that over many lines some line ends where a number's space falls. */
function paragraphOfNumbers(word: string): string {
  return Array.from(
    { length: 80 },
    (_, i) => `${`${word} `.repeat(i % 11)}${word.slice(0, (i % 3) + 1)} 116 111 — 14 000 000`,
  ).join(' ');
}

describe('numbers in a printed toolkit', () => {
  test.each([
    ['en', 'call'],
    ['ar', 'اتصل'],
  ] as const)('never split across lines (%s)', (key, word) => {
    const text = pdfText(print(key, `<p>${paragraphOfNumbers(word)}</p>`));
    const count = (pattern: RegExp) => [...text.matchAll(pattern)].length;
    // Each number is whole on one line all 80 times: a line break would show as a newline inside it.
    expect(count(/116\s111/gu)).toBe(80);
    expect(count(/14\s000\s000/gu)).toBe(80);
  });

  test('a right-aligned column stays right-aligned, a left-aligned one left', () => {
    const pdf = print(
      'en',
      '<table><thead><tr><th>Activity</th><th style="text-align:right">Minutes</th></tr></thead><tbody><tr><td>Cards</td><td style="text-align:right">15</td></tr><tr><td>Quiz</td><td style="text-align:right">5</td></tr></tbody></table>',
    );
    const lines = pdfLines(pdf, 3);
    const at = (text: string) => lines.find((line) => line.text.trim() === text)!;
    // Right-aligned: the cells end where the header ends; left-aligned: they start together.
    expect(Math.abs(at('15').x1 - at('Minutes').x1)).toBeLessThan(1);
    expect(Math.abs(at('5').x1 - at('Minutes').x1)).toBeLessThan(1);
    expect(at('5').x0).toBeGreaterThan(at('15').x0);
    expect(Math.abs(at('Cards').x0 - at('Quiz').x0)).toBeLessThan(1);
  });
});
