/**
 * A toolkit's assembly, built for real in English, Arabic and Chinese: the 16:9 slide PDF
 * (title slide, one slide per <Slide>, the help slide), its speaker notes in A4 and US Letter,
 * the assembly script in the pack, the links on the toolkit page and the files in the ZIP.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { outlineTitles, pdfInfo, pdfLines, pdfText, renderPage } from '../helpers/pdf-inspect.ts';
import { zipFiles } from '../helpers/zip-inspect.ts';

let build: FixtureBuild;
const folder = (locale: string) => join(locale, 'assembly', 'toolkits');
const file = (locale: string, name: string) => join(build.outDir, folder(locale), `assembly-pack-${locale}-${name}`);
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(() => {
  build = buildFixture('assembly');
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const CASES = [
  {
    locale: 'en',
    dir: 'ltr',
    title: 'Assembly: Tell someone you trust',
    slides: ['Who can you tell?', 'Your rights online', 'Be kind'],
    body: 'A teacher',
    help: 'Need to talk? Call a child helpline',
    notes: ['Ask the pupils to name one grown-up they trust.', 'Invite two pupils to share a kind message'],
    say: 'Say:',
  },
  {
    locale: 'ar',
    dir: 'rtl',
    title: 'لقاء مدرسي: أخبر شخصًا تثق به',
    // Words MuPDF reads back as written: it reads shadda, tanwin, lam-alef and some pairs with ra (بر, ير) out of order.
    slides: ['لمن تقول؟', 'حقوقك معك دائما', 'كن طيبا'],
    body: 'معلمك',
    help: 'هل تحتاج إلى التحدّث؟ اتصل بخط مساعدة الأطفال',
    notes: ['أن يذكر شخصا', 'ادع تلميذين'],
    // MuPDF reads "قُل:" with its damma out of order, so the Arabic script is checked by its notes alone.
    say: undefined,
  },
  {
    locale: 'zh',
    dir: 'ltr',
    title: '集会：告诉你信任的人',
    slides: ['你可以告诉谁？', '你在网上的权利', '友善待人'],
    body: '老师',
    help: '想找人聊聊？打儿童求助热线',
    notes: ['请学生说出一位他们信任的大人。', '请两位学生分享一条他们可以发送的友善信息。'],
    say: '讲：',
  },
] as const;

describe.each(CASES)('the $locale assembly', ({ locale, dir, title, slides, body, help, notes, say }) => {
  test('prints 16:9 slides: a title slide, one per <Slide> and the help slide, each a bookmark, titled and tagged', () => {
    const slidesPdf = file(locale, 'slides.pdf');
    const info = pdfInfo(slidesPdf);
    expect(info.pageSize.width / info.pageSize.height).toBeCloseTo(16 / 9, 3);
    expect(info.pages).toBe(slides.length + 2);
    expect(info.title).toBe(title);
    expect(info.language).toBe(locale);
    expect(info.tagged).toBe(true);
    expect(outlineTitles(slidesPdf)).toEqual([title, ...slides, help]);
    const pages = pdfText(slidesPdf).split('\f').map(squash);
    slides.forEach((slide, index) => expect(pages[index + 1]).toContain(squash(slide)));
    expect(pages.at(-1)).toContain('116111');
    // What the presenter says stays in the notes, off the slides.
    for (const words of notes) expect(pages.join('')).not.toContain(squash(words));
  });

  test('sets slide text large enough to read from the back of a hall, titles larger, in the direction of the language', () => {
    const lines = pdfLines(file(locale, 'slides.pdf'), 2);
    // The title is the largest line; its words are checked by the test above.
    const heading = lines.reduce((largest, line) => (line.size > largest.size ? line : largest));
    const item = lines.find((line) => squash(line.text).includes(squash(body)))!;
    expect(heading, 'the slide title').toBeDefined();
    expect(item, 'a line of the slide').toBeDefined();
    expect(item.size).toBeGreaterThanOrEqual(28);
    expect(heading.size).toBeGreaterThan(item.size);
    // Right to left, the title and the list start at the right-hand margin; left to right at the left.
    const width = pdfInfo(file(locale, 'slides.pdf')).pageSize.width;
    for (const line of [heading, item]) {
      if (dir === 'rtl') {
        expect(line.x1, line.text).toBeGreaterThan(width - 80);
        expect(line.x0, line.text).toBeGreaterThan(width / 3);
      } else expect(line.x0, line.text).toBeLessThan(80);
    }
  });

  test('prints speaker notes in A4 and US Letter: each slide at half size with what to say', () => {
    for (const [paper, size] of [
      ['a4', { width: 595.3, height: 841.9 }],
      ['us-letter', { width: 612, height: 792 }],
    ] as const) {
      const notesPdf = file(locale, `speaker-notes-${paper}.pdf`);
      const info = pdfInfo(notesPdf);
      expect(info.pageSize).toEqual(size);
      expect(info.pages).toBe(slides.length + 2);
      expect(info.language).toBe(locale);
      const pages = pdfText(notesPdf).split('\f').map(squash);
      // The notes given are those of the first and the last slide.
      for (const [words, slide] of [
        [notes[0], 1],
        [notes[1], slides.length],
      ] as const) {
        expect(pages[slide]).toContain(squash(words));
        expect(pages[slide]).toContain(squash(slides[slide - 1]!));
      }
      // The last slide's notes cite paragraph 66, its slide nothing: the source is printed under the notes.
      expect(pages[slides.length]).toContain('A/HRC/28/56');
      expect(pdfText(file(locale, 'slides.pdf')).split('\f')[slides.length]).not.toContain('A/HRC/28/56');
      // Each page's slide is drawn at half the size of the projected one.
      const largest = (lines: ReturnType<typeof pdfLines>) => Math.max(...lines.map((line) => line.size));
      const copy = pdfLines(notesPdf, 2).filter((line) => squash(line.text) === squash(slides[0]));
      expect(largest(copy)).toBeCloseTo(largest(pdfLines(file(locale, 'slides.pdf'), 2)) / 2, 0);
    }
  });

  test('prints the assembly in the pack as a script, with what to say after each slide', () => {
    const text = squash(pdfText(file(locale, 'a4.pdf')));
    const at = text.indexOf(squash(slides[0]));
    expect(at).toBeGreaterThan(-1);
    if (say) expect(text.split(squash(say)).length - 1).toBe(slides.length);
    for (const words of notes) expect(text.indexOf(squash(words))).toBeGreaterThan(at);
  });

  test('links the slides and both speaker notes from the toolkit page, with their sizes, and bundles them in the ZIP', () => {
    const html = build.read(join(folder(locale), 'pack', 'index.html'));
    for (const name of ['slides.pdf', 'speaker-notes-a4.pdf', 'speaker-notes-us-letter.pdf']) {
      const href = `/${folder(locale)}/assembly-pack-${locale}-${name}`;
      expect(html).toMatch(new RegExp(`href="${href}"[^>]*type="application/pdf"`));
      expect(html).toMatch(new RegExp(`data-pdf-info="${href}">[^<]+</span>`));
    }
    const zip = zipFiles(join(build.outDir, folder(locale), `assembly-toolkits-${locale}.zip`)).map(
      (entry) => entry.name,
    );
    expect(zip).toEqual(
      expect.arrayContaining([
        `assembly-pack-${locale}-slides.pdf`,
        `assembly-pack-${locale}-speaker-notes-a4.pdf`,
        `assembly-pack-${locale}-speaker-notes-us-letter.pdf`,
      ]),
    );
  });

  test('renders slides 1, 2 and the help slide to PNG for people to look at', () => {
    const slidesPdf = file(locale, 'slides.pdf');
    for (const page of [1, 2, slides.length + 2]) {
      const shot = renderPage(slidesPdf, page, join(build.outDir, '..', 'slides', `${locale}-${page}.png`), 48);
      expect(shot.width / shot.height).toBeCloseTo(16 / 9, 1);
      expect(shot.ink).toBeGreaterThan(0.02);
    }
  });
});

test('a toolkit without an assembly gets no slides and no speaker notes', () => {
  expect(build.exists(join(folder('en'), 'assembly-plain-en-a4.pdf'))).toBe(true);
  expect(build.exists(join(folder('en'), 'assembly-plain-en-slides.pdf'))).toBe(false);
  expect(build.exists(join(folder('en'), 'assembly-plain-en-speaker-notes-a4.pdf'))).toBe(false);
  expect(build.read(join(folder('en'), 'plain', 'index.html'))).not.toContain('-slides.pdf');
});
