import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput } from '../../../src/lib/typst/document.ts';
import { textColourOn } from '../../../src/lib/typst/component-library.ts';

const input: DocumentInput = {
  lang: 'ar',
  dir: 'rtl',
  paper: 'us-letter',
  title: 'الحديث عن "الحياة" على الإنترنت',
  campaignTitle: 'يوم الإنترنت الآمن 2027',
  audienceLabel: 'للمعلمين',
  languageName: 'العربية',
  date: '2027-02-09',
  brand: { primary: '#1d4ed8' },
  coverStyle: 'band',
  labels: { contents: 'المحتويات', pageOf: 'صفحة {n} من {total}', notes: 'المراجع', helplines: 'أين تجد المساعدة' },
  bodyMarkup: '#heading(level: 1)[#"قبل أن تبدأ"]',
  endnotes: [{ id: '1', markup: '#"Ofcom, 2024."' }],
  helplinesMarkup: '#list([#"116 111"])',
  fontFamilies: ['IBM Plex Sans Arabic', 'Noto Sans'],
};

/** Index of a piece in the source, failing the test when it is missing. */
function at(source: string, piece: string): number {
  const index = source.indexOf(piece);
  expect(index, `missing: ${piece}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('buildDocument', () => {
  const source = buildDocument(input);

  it('sets metadata, language, direction, paper and explicit fonts', () => {
    expect(source).toContain('#set document(title: "الحديث عن \\"الحياة\\" على الإنترنت", date: auto)');
    expect(source).toContain('#set page(paper: "us-letter"');
    expect(source).toContain(
      '#set text(lang: "ar", dir: rtl, font: ("IBM Plex Sans Arabic", "Noto Sans",), fallback: false',
    );
  });

  it('has cover, contents, body, notes and helplines in that order', () => {
    const order = [
      at(source, '#page(footer: none'),
      at(source, '#outline(title: "المحتويات", depth: 2)'),
      at(source, input.bodyMarkup),
      at(source, '#heading(level: 1, "المراجع")'),
      at(source, '#sidkit-endnote("1")[#"Ofcom, 2024."]'),
      at(source, '#heading(level: 1, "أين تجد المساعدة")'),
      at(source, input.helplinesMarkup),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('prints campaign, title, audience, language and the localized date on the cover', () => {
    const cover = source.slice(at(source, '#page(footer: none'), at(source, '#outline('));
    for (const text of [
      input.campaignTitle,
      'الحديث عن \\"الحياة\\" على الإنترنت',
      input.audienceLabel,
      input.languageName,
    ]) {
      expect(cover).toContain(text);
    }
    expect(cover).toContain(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 1, 9))),
    );
  });

  it('runs a localized "page N of M" footer from the page counter', () => {
    expect(source).toContain('[#"صفحة "#counter(page).display()#" من "#str(counter(page).final().first())]');
    expect(source).toContain('footer: context sidkit-footer()');
  });

  it('boxes outline entry titles so RTL titles keep page numbers on their side', () => {
    expect(source).toMatch(
      /#show outline\.entry: it => link\(it\.element\.location\(\), \{[\s\S]*#box\(it\.body\(\)\)[\s\S]*#it\.page\(\)/,
    );
  });

  it('defines the component library in the brand colour', () => {
    expect(source).toContain('#let sidkit-primary = rgb("#1d4ed8")');
    for (const name of [
      'activity',
      'steps',
      'discussion',
      'worksheet',
      'callout',
      'vocabulary',
      'helpbox',
      'noteref',
      'endnote',
      'th',
    ]) {
      expect(source).toContain(`#let sidkit-${name}`);
    }
  });

  it('holds no words of its own: without labels and content, no letters remain outside code', () => {
    const empty = buildDocument({
      ...input,
      title: '',
      campaignTitle: '',
      audienceLabel: '',
      languageName: '',
      labels: { contents: '', pageOf: '{n}{total}', notes: '', helplines: '' },
      bodyMarkup: '',
      endnotes: [],
      helplinesMarkup: '',
    });
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2027, 1, 9)),
    );
    const allowed = new Set([
      date,
      'IBM Plex Sans Arabic',
      'Noto Sans',
      'DejaVu Sans Mono',
      'ar',
      'us-letter',
      'bold',
      'regular',
      'sidkit-note-',
      'note',
      // The name of the Typst state that carries the quizzes' answers to the key at the end.
      'sidkit-quiz-answers',
      // The URL scheme of phone links, which the help box prints large.
      'tel:',
      // The sizes of worksheet lines, answer boxes and drawing areas that take the rest of the page.
      'fill',
    ]);
    const strings = [...empty.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
    const prose = strings.filter(
      (value) => /\p{L}{2,}/u.test(value) && !/^#[0-9a-f]{6}$/.test(value) && !allowed.has(value),
    );
    expect(prose).toEqual([]);
  });

  it('omits empty notes and helplines sections', () => {
    const bare = buildDocument({ ...input, endnotes: [], helplinesMarkup: '  ' });
    expect(bare).not.toContain('"المراجع"');
    expect(bare).not.toContain('"أين تجد المساعدة"');
  });

  it('rejects input no PDF should be built from', () => {
    expect(() => buildDocument({ ...input, brand: { primary: 'blue' } })).toThrow(/hex colour/);
    expect(() => buildDocument({ ...input, date: '2027-02-30' })).toThrow(/real date/);
    expect(() => buildDocument({ ...input, labels: { ...input.labels, pageOf: 'page {n}' } })).toThrow(/\{total\}/);
    expect(() => buildDocument({ ...input, fontFamilies: [] })).toThrow(/font/);
  });
});

describe('textColourOn', () => {
  it('picks white on dark colours and near-black on light ones', () => {
    expect(textColourOn('#1d4ed8')).toBe('#ffffff');
    expect(textColourOn('#fbbf24')).toBe('#111111');
  });
});

describe('cover', () => {
  it('is white under a brand band by default, with the key visual, and filled with the brand colour when asked', () => {
    const band = buildDocument({ ...input, coverPicture: '/cover-picture.svg' });
    expect(band).toContain('image("/cover-picture.svg", width');
    expect(band).not.toContain('#page(fill: sidkit-primary');
    const fullBleed = buildDocument({ ...input, coverStyle: 'full-bleed' });
    expect(fullBleed).toContain('#page(fill: sidkit-primary');
    expect(fullBleed).not.toContain('cover-picture');
  });
});
