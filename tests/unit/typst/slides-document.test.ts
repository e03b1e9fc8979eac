import { describe, expect, test } from 'vitest';
import {
  buildSlidesDocument,
  buildSpeakerNotesDocument,
  type SlidesInput,
} from '../../../src/lib/typst/slides-document.ts';

const input: SlidesInput = {
  lang: 'ar',
  dir: 'rtl',
  title: 'لقاء',
  about: 'نبذة',
  campaignTitle: 'يوم',
  date: '2027-02-09',
  brand: { primary: '#1d4ed8' },
  slides: [{ label: 'الشريحة 1', title: 'عنوان', content: 'نص', notes: 'ملاحظة', sources: '', notesSources: '' }],
  help: { heading: 'مساعدة', number: '116 111', name: 'خط', area: 'أوروبا', about: 'يستمعون' },
  notesTitle: 'ما تقوله',
  helpNote: 'اختم',
  fontFamilies: ['IBM Plex Sans Arabic', 'Noto Sans'],
};

describe('the slide documents', () => {
  test('set 16:9 pages, the language and direction, and draw a title, each slide and the help slide', () => {
    const source = buildSlidesDocument(input);
    expect(source).toContain('#set page(width: 960pt, height: 540pt, margin: 0pt)');
    expect(source).toContain('lang: "ar", dir: rtl');
    expect(source.match(/^#sidkit-(title|content|help)-slide\(copy: false/gm)).toHaveLength(3);
    // The number reads left to right inside the right-to-left slide.
    expect(source).toContain('text(dir: ltr, size: 104pt');
  });

  test('the handout draws the same slides as copies, a page each, with their notes, in the paper size asked for', () => {
    const source = buildSpeakerNotesDocument(input, 'us-letter');
    expect(source).toContain('#set page(paper: "us-letter"');
    expect(source.match(/^#sidkit-(title|content|help)-slide\(copy: true/gm)).toHaveLength(3);
    expect(source.match(/scale\(50%, reflow: true\)/g)).toHaveLength(3);
    expect(source).toContain('ملاحظة');
    expect(source).toContain('"اختم"');
  });

  test('hold no words of their own: every printed word comes from the input', () => {
    const empty: SlidesInput = {
      ...input,
      title: '',
      about: '',
      campaignTitle: '',
      slides: [],
      help: { heading: '', number: '', name: '', area: '', about: '' },
      notesTitle: '',
      helpNote: '',
    };
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2027, 1, 9)),
    );
    const allowed = new Set([
      date,
      'IBM Plex Sans Arabic',
      'Noto Sans',
      'ar',
      'us-letter',
      'a4',
      'bold',
      'sidkit-note-',
      'note',
      'tel:',
      'sidkit-quiz-answers',
      // The worksheet library's writing-lines keyword, compared in code, never printed.
      'fill',
    ]);
    for (const source of [buildSlidesDocument(empty), buildSpeakerNotesDocument(empty, 'a4')]) {
      const strings = [...source.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
      expect(
        strings.filter((value) => /\p{L}{2,}/u.test(value) && !/^#[0-9a-f]{6}$/.test(value) && !allowed.has(value)),
      ).toEqual([]);
    }
  });
});
