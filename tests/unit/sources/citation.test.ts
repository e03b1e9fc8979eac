import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as kinds from '../../../src/lib/errors/catalogue.ts';
import { placeProblem } from '../../../src/lib/errors/problem.ts';
import { formatCitation, formatFootnoteCitation, validateCitation } from '../../../src/lib/sources/citation.ts';
import { UN_LANGUAGES, type UnLanguage } from '../../../src/lib/sources/languages.ts';
import { parseParagraphSpec } from '../../../src/lib/sources/paragraph-spec.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import type { Source } from '../../../src/lib/sources/source-schema.ts';

const SYMBOL = 'A/HRC/28/56';
let sources: ReadonlyMap<string, Source>;

beforeAll(async () => {
  ({ sources } = readSourceRegistry(fileURLToPath(new URL('../../../src/data/sources', import.meta.url))));
});

const cite = (para: string, language: UnLanguage) => formatCitation(SYMBOL, parseParagraphSpec(para).ranges, language);

describe('validateCitation', () => {
  it('accepts paragraphs inside the document', () => {
    for (const para of ['1', '61', '61-62', '85–89', '29, 33', '88(f)', '89']) {
      expect(validateCitation(sources, { source: SYMBOL, para })).toEqual([]);
    }
  });

  it('reports an unknown source and names the known ones', () => {
    const [problem, ...rest] = validateCitation(sources, { source: 'A/HRC/28/65', para: '1' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      kind: kinds.UnknownSource,
      path: ['source'],
      message: '"A/HRC/28/65" is not a registered source',
    });
    expect(problem?.expected).toContain(SYMBOL);
  });

  it('reports paragraph 0 and paragraph 90 as outside 1 to 89', () => {
    for (const para of ['0', '90']) {
      expect(validateCitation(sources, { source: SYMBOL, para })).toEqual([
        {
          kind: kinds.ParagraphOutOfRange,
          path: ['para'],
          message: `paragraph ${para} is outside ${SYMBOL} (paragraphs 1–89)`,
          expected: `paragraphs 1 to 89 of ${SYMBOL}`,
        },
      ]);
    }
    expect(validateCitation(sources, { source: SYMBOL, para: '85-90' }).map((p) => p.message)).toEqual([
      `paragraph 90 is outside ${SYMBOL} (paragraphs 1–89)`,
    ]);
  });

  it('reports a reversed range with the fix', () => {
    expect(validateCitation(sources, { source: SYMBOL, para: '62-61' })).toEqual([
      expect.objectContaining({
        kind: kinds.ParagraphSpecInvalid,
        path: ['para'],
        message: 'the range 62-61 runs backwards',
        hint: 'Write 61-62.',
      }),
    ]);
  });

  it('reports an unreadable spec', () => {
    expect(validateCitation(sources, { source: SYMBOL, para: 'sixty-one' })).toEqual([
      expect.objectContaining({
        kind: kinds.ParagraphSpecInvalid,
        path: ['para'],
        message: '"sixty-one" is not a paragraph number or range',
      }),
    ]);
  });

  it('checks a footnote against the footnotes of the source', () => {
    expect(validateCitation(sources, { source: SYMBOL, para: '45', footnote: 40 })).toEqual([]);
    expect(validateCitation(sources, { source: SYMBOL, para: '45', footnote: 68 })).toEqual([
      {
        kind: kinds.FootnoteOutOfRange,
        path: ['footnote'],
        message: `footnote 68 is outside ${SYMBOL} (footnotes 1–67)`,
        expected: 'footnotes 1 to 67',
      },
    ]);
  });

  it('gives problems that are placed where the citation is written', () => {
    const [unplaced] = validateCitation(sources, { source: SYMBOL, para: '90' });
    if (!unplaced) throw new Error('expected a problem');
    expect(placeProblem(unplaced, { file: 'campaigns/x/en/index.mdx', line: 12, column: 5 })).toEqual({
      name: 'ParagraphOutOfRange',
      title: kinds.ParagraphOutOfRange.title,
      severity: 'error',
      file: 'campaigns/x/en/index.mdx',
      line: 12,
      column: 5,
      field: 'para',
      message: `paragraph 90 is outside ${SYMBOL} (paragraphs 1–89)`,
      expected: `paragraphs 1 to 89 of ${SYMBOL}`,
      hint: kinds.ParagraphOutOfRange.hint,
    });
  });
});

describe('formatCitation', () => {
  const expected: Record<UnLanguage, Record<string, string>> = {
    en: {
      '61': 'A/HRC/28/56, para. 61',
      '61-62': 'A/HRC/28/56, paras. 61–62',
      '85–89': 'A/HRC/28/56, paras. 85–89',
      '29, 33': 'A/HRC/28/56, paras. 29 and 33',
      '22, 48, 51': 'A/HRC/28/56, paras. 22, 48 and 51',
      '88(f)': 'A/HRC/28/56, para. 88 (f)',
    },
    fr: {
      '61': 'A/HRC/28/56, par. 61',
      '61-62': 'A/HRC/28/56, par. 61 et 62',
      '85–89': 'A/HRC/28/56, par. 85 à 89',
      '29, 33': 'A/HRC/28/56, par. 29 et 33',
      '22, 48, 51': 'A/HRC/28/56, par. 22, 48 et 51',
      '88(f)': 'A/HRC/28/56, par. 88 f)',
    },
    es: {
      '61': 'A/HRC/28/56, párr. 61',
      '61-62': 'A/HRC/28/56, párrs. 61 y 62',
      '85–89': 'A/HRC/28/56, párrs. 85 a 89',
      '29, 33': 'A/HRC/28/56, párrs. 29 y 33',
      '22, 48, 51': 'A/HRC/28/56, párrs. 22, 48 y 51',
      '88(f)': 'A/HRC/28/56, párr. 88 f)',
    },
    ru: {
      '61': 'A/HRC/28/56, п. 61',
      '61-62': 'A/HRC/28/56, пп. 61 и 62',
      '85–89': 'A/HRC/28/56, пп. 85–89',
      '29, 33': 'A/HRC/28/56, пп. 29 и 33',
      '22, 48, 51': 'A/HRC/28/56, пп. 22, 48 и 51',
      '88(f)': 'A/HRC/28/56, п. 88 f)',
    },
    zh: {
      '61': 'A/HRC/28/56，第61段',
      '61-62': 'A/HRC/28/56，第61和62段',
      '85–89': 'A/HRC/28/56，第85至89段',
      '29, 33': 'A/HRC/28/56，第29和33段',
      '22, 48, 51': 'A/HRC/28/56，第22、48和51段',
      '88(f)': 'A/HRC/28/56，第88(f)段',
    },
    ar: {
      '61': 'A/HRC/28/56، الفقرة 61',
      '61-62': 'A/HRC/28/56، الفقرتان 61 و62',
      '85–89': 'A/HRC/28/56، الفقرات 85–89',
      '29, 33': 'A/HRC/28/56، الفقرتان 29 و33',
      '22, 48, 51': 'A/HRC/28/56، الفقرات 22 و48 و51',
      '88(f)': 'A/HRC/28/56، الفقرة 88 (و)',
    },
  };

  it('covers every UN official language', () => {
    expect(Object.keys(expected).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  for (const language of UN_LANGUAGES) {
    it.each(Object.entries(expected[language]))(`${language}: %s → %s`, (para, citation) => {
      expect(cite(para, language)).toBe(citation);
    });
  }

  it('prints numbers with the locale number format', () => {
    expect(formatCitation('A/1', [{ from: 1200, to: 1200 }], 'en')).toBe('A/1, para. 1200');
  });
});

describe('formatFootnoteCitation', () => {
  it.each([
    ['en', 'A/HRC/28/56, footnote 42'],
    ['fr', 'A/HRC/28/56, note 42'],
    ['es', 'A/HRC/28/56, nota 42'],
    ['ru', 'A/HRC/28/56, сноска 42'],
    ['zh', 'A/HRC/28/56，脚注42'],
    ['ar', 'A/HRC/28/56، الحاشية 42'],
  ] as const)('%s: %s', (language, citation) => {
    expect(formatFootnoteCitation(SYMBOL, 42, language)).toBe(citation);
  });
});
