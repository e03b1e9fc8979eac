/**
 * What a teacher reads on the printed demo toolkits, from the text of every PDF the demo build
 * wrote: the child helpline's number whole on one line, each fact card's figure apart from its
 * label, and the cited report named in full once above the notes' short forms.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { demo } from '../helpers/demo-site.ts';
import { pdfText } from '../helpers/pdf-inspect.ts';

// Toolkit packs, slides and notes; the campaign kit's posters and certificates have tests of their own (tests/e2e/kit-print.test.ts).
const pdfs = filesUnder(demo.outDir, '.pdf').filter((file) => file.includes('/toolkits/'));
const text = new Map(pdfs.map((file) => [file, pdfText(file)]));
/** Text with runs of spaces as one, and without the invisible marks that only steer the direction of text. */
const squeeze = (value: string) =>
  value
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

const lines = (file: string) =>
  text
    .get(file)!
    .split(/[\n\f]/)
    .map(squeeze);

/** Each translated toolkit page with its fact cards' figures and labels, and its pack PDFs beside it (not its assembly's slides). */
const toolkits = filesUnder(demo.outDir, 'index.html')
  .filter((file) => /\/([a-z]{2})\/sid-2027\/toolkits\/(?!for\/)[a-z0-9-]+\/index\.html$/.test(file))
  .map((file) => {
    const [, locale, slug] = /\/([a-z]{2})\/sid-2027\/toolkits\/([a-z0-9-]+)\/index\.html$/.exec(file)!;
    const facts = selectAll('[data-pdf-body] [data-sidkit="fact"]', fromHtml(readFileSync(file, 'utf8'))).map(
      (card) => ({
        value: squeeze(toString(select('[data-fact-part="value"]', card)!)),
        label: squeeze(toString(select('[data-fact-part="label"]', card)!)),
      }),
    );
    const folder = dirname(dirname(file));
    const printed = pdfs.filter(
      (pdf) =>
        dirname(pdf) === folder && new RegExp(`^sid-2027-${slug}-${locale}-(a4|us-letter)\\.pdf$`).test(basename(pdf)),
    );
    return { file, locale, facts, printed };
  })
  .filter((toolkit) => toolkit.printed.length > 0);

describe('the printed demo toolkits', () => {
  test('are all here: every language, A4 and US Letter', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(toolkits.map((toolkit) => toolkit.locale))).toEqual(new Set(['en', 'fr', 'es', 'ar', 'zh', 'ru']));
  });

  test.each(pdfs.map((file) => [file.slice(demo.outDir.length)]))('%s has 116 111 whole on one line', (name) => {
    const file = join(demo.outDir, name);
    expect(lines(file).some((line) => line.includes('116 111'))).toBe(true);
    // A split number would leave a line ending in its first group or starting with its second.
    expect(lines(file).filter((line) => /(^|\D)116$/.test(line) || /^111(\D|$)/.test(line))).toEqual([]);
  });

  test('show each fact card’s figure on a line of its own, never glued to its label', () => {
    const cards = toolkits.flatMap(({ facts, printed }) =>
      printed.flatMap((pdf) => facts.map((fact) => ({ pdf, ...fact }))),
    );
    expect(cards.length).toBeGreaterThan(20);
    for (const { pdf, value, label } of cards) {
      const where = `${value} in ${pdf.slice(demo.outDir.length)}`;
      // Its figure stands on a line without the label. MuPDF reads Arabic ligatures back with
      // their letters reordered and leaves out narrow spaces, so there only the digits are compared.
      const unspaced = (line: string) => line.replace(/\s/gu, '');
      const digits = unspaced(/\p{Nd}[\p{Nd},.\s%–-]*/u.exec(value)![0]);
      const labelStart = label.split(' ')[0]!;
      const figureLines = lines(pdf).filter((line) => unspaced(line).includes(digits));
      expect(figureLines.filter((line) => !line.includes(labelStart)).length, where).toBeGreaterThan(0);
      if (!pdf.includes('/ar/')) expect(lines(pdf), where).toContain(value);
      expect(squeeze(text.get(pdf)!), where).not.toContain(`${value}${label.split(' ')[0]}`);
    }
  });

  // Slides are projected and cite in short form beside each fact; their speaker notes, which the presenter holds, name the report in full.
  test('name the cited report in full once, with its address, above the short form of each note', () => {
    for (const pdf of pdfs.filter((file) => !file.endsWith('-slides.pdf'))) {
      const all = squeeze(text.get(pdf)!);
      const where = pdf.slice(demo.outDir.length);
      expect(all.split('Report of the Special Rapporteur on the sale of children').length - 1, where).toBe(1);
      expect(all, where).toContain('undocs.org/A/HRC/28/56');
      expect(all.indexOf('Report of the Special Rapporteur'), where).toBeLessThan(all.lastIndexOf('A/HRC/28/56'));
    }
  });
});
