import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { fillDownloadInfo, formatFileSize } from '../../../src/lib/pdf/pdf-info.ts';
import { toolkitPdfProblems, toolkitPdfSources } from '../../../src/lib/pdf/toolkit-document.ts';
import { createZip } from '../../../src/lib/zip.ts';
import { zipFiles } from '../../helpers/zip-inspect.ts';

const campaign = {
  title: { en: 'Day', fr: 'Journée' },
  date: '2027-02-09',
  brand: { primary: '#1d4ed8' },
  ui: {},
  print: { cover: 'band' as const },
};
const page = (body: string, lang = 'en') =>
  fromHtml(
    `<html lang="${lang}"><body><article lang="${lang}" data-toolkit="pack"><h1>Pack</h1><div data-pdf-body>${body}</div></article></body></html>`,
  );
const helpBox =
  '<section data-sidkit="helpbox" data-title="Help"><h2 data-pdf="skip">Help</h2><ul><li>116 111</li></ul></section>';

describe('toolkit PDF source', () => {
  test('moves the help box to the last page and leaves web-only chrome out', () => {
    const tree = page(
      `<section data-sidkit="activity" data-title="One" data-minutes="10"><header data-pdf="skip"><h2>WEB-ONLY HEADER</h2></header><p>Body text.</p></section>${helpBox}`,
    );
    const built = toolkitPdfSources(tree, campaign);
    expect(built.problems).toEqual([]);
    expect(built.title).toBe('Pack');
    expect([...built.sources.keys()]).toEqual(['a4', 'us-letter']);
    const source = built.sources.get('a4') ?? '';
    expect(source).toContain('One');
    expect(source).not.toContain('WEB-ONLY');
    expect(source).not.toContain('Help</');
    // The number's space is a no-break space, so the number never splits across lines.
    expect(source).toContain('116\u00a0111');
    expect(source.indexOf('Body text.')).toBeLessThan(source.indexOf('116\u00a0111'));
    expect(built.sources.get('us-letter')).toContain('paper: "us-letter"');
  });

  test('labels come from the toolkit language', () => {
    const source = toolkitPdfSources(page(`<p>Texte.</p>${helpBox}`, 'fr'), campaign).sources.get('a4') ?? '';
    expect(source).toContain('Sommaire');
    expect(source).not.toContain('Contents');
  });

  test('a page without a help box, or with something a PDF cannot show, is refused with the element named', () => {
    const refused = (body: string) => toolkitPdfSources(page(body), campaign);
    expect(refused('<p>No help.</p>').problems.map((p) => p.element)).toEqual(['<HelpBox />']);
    expect(refused(`<video src="x.mp4"></video>${helpBox}`).problems.map((p) => p.element)).toEqual(['<video>']);
    expect(refused('<p>No help.</p>').sources.size).toBe(0);
  });
});

describe('found by fuzzing (tests/unit/fuzz/)', () => {
  test('with two help boxes, the last one is the help page and the first stays in place with its title', () => {
    const box = (title: string, number: string) =>
      `<section data-sidkit="helpbox" data-title="${title}"><h2 data-pdf="skip">${title}</h2><ul><li>${number}</li></ul></section>`;
    const body = `<p>Start</p>${box('Ask an adult', '111')}<p>Middle</p>${box('Help', '222')}`;
    const source = toolkitPdfSources(page(body), campaign).sources.get('a4') ?? '';
    const order = ['Start', 'Ask an adult', '111', 'Middle', 'Where to get help', '222'].map((text) =>
      source.indexOf(`"${text}`),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('a relative link in a toolkit prints as an absolute link to the page it points at', () => {
    const body = `<p><a href="../../get-help/">Get help</a></p>${helpBox}`;
    const built = toolkitPdfSources(page(body), campaign, new Map(), 'https://example.org/en/sid-2027/toolkits/pack/');
    expect(built.problems).toEqual([]);
    expect(built.sources.get('a4')).toContain('#link("https://example.org/en/sid-2027/get-help/")[#"Get help"]');
  });

  test('the PDF step reports what a PDF cannot show as catalogued problems on the toolkit file', () => {
    const built = toolkitPdfSources(page(`<video src="x.mp4"></video>${helpBox}`), campaign);
    expect(toolkitPdfProblems(built.problems, 'campaigns/x/en/toolkits/pack.mdx')).toEqual([
      expect.objectContaining({
        name: 'PdfCannotExpress',
        file: 'campaigns/x/en/toolkits/pack.mdx',
        field: '<video>',
        message: expect.stringMatching(/^<video> is not supported in PDFs.*\(rendered HTML line 1\)$/),
        hint: expect.any(String),
      }),
    ]);
  });
});

describe('download info', () => {
  test('sizes read naturally in each language', () => {
    expect(formatFileSize(156_000, 'en')).toBe('156 kB');
    expect(formatFileSize(1_250_000, 'fr')).toMatch(/^1,3\s?Mo$/u);
  });

  test('fills placeholders in the page language, names unknown ones and leaves the rest of the page as it was', () => {
    const html =
      '<!DOCTYPE html><html lang="fr"><body><a href="/a.pdf"><span class="x"\n data-pdf-info="/a.pdf"></span></a>' +
      '<p data-pdf-info="/a.pdf">not a placeholder</p><span data-pdf-info="/b.pdf"></span><br></body></html>';
    const { html: filled, missing } = fillDownloadInfo(html, new Map([['/a.pdf', { bytes: 156_000, pages: 13 }]]));
    expect(filled).toMatch(/<span class="x"\n data-pdf-info="\/a.pdf">13 pages, 156\s?ko<\/span>/u);
    expect(filled.replace(/13 pages, 156\s?ko/u, '')).toBe(html);
    expect(missing).toEqual(['/b.pdf']);
  });
});

describe('ZIP bundles', () => {
  test('are valid archives with fixed dates, identical for identical input', () => {
    const entries = [
      { name: 'a.pdf', data: Buffer.from('%PDF-1') },
      { name: 'b.pdf', data: Buffer.from('%PDF-2') },
    ];
    const zip = createZip(entries, new Date('2027-02-09T00:00:00Z'));
    expect(zip.equals(createZip(entries, new Date('2027-02-09T00:00:00Z')))).toBe(true);
    const files = zipFiles(zip);
    expect(files.map((file) => file.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(files[1]?.data.toString('latin1')).toBe('%PDF-2');
    expect(files.map((file) => file.modified.toISOString())).toEqual([
      '2027-02-09T00:00:00.000Z',
      '2027-02-09T00:00:00.000Z',
    ]);
  });
});
