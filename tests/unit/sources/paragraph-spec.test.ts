import { describe, expect, it } from 'vitest';
import { ParagraphSpecInvalid } from '../../../src/lib/errors/catalogue.ts';
import { parseParagraphSpec } from '../../../src/lib/sources/paragraph-spec.ts';

describe('parseParagraphSpec', () => {
  it('reads a single paragraph', () => {
    expect(parseParagraphSpec('61')).toEqual({ ranges: [{ from: 61, to: 61 }], problems: [] });
  });

  it('reads a range with a hyphen or an en dash', () => {
    expect(parseParagraphSpec('61-62').ranges).toEqual([{ from: 61, to: 62 }]);
    expect(parseParagraphSpec('85–89').ranges).toEqual([{ from: 85, to: 89 }]);
    expect(parseParagraphSpec('85 – 89').ranges).toEqual([{ from: 85, to: 89 }]);
  });

  it('reads a list of paragraphs and ranges', () => {
    expect(parseParagraphSpec('29, 33').ranges).toEqual([
      { from: 29, to: 29 },
      { from: 33, to: 33 },
    ]);
    expect(parseParagraphSpec('22,48-49').ranges).toEqual([
      { from: 22, to: 22 },
      { from: 48, to: 49 },
    ]);
  });

  it('reads a sub-paragraph letter', () => {
    expect(parseParagraphSpec('88(f)').ranges).toEqual([{ from: 88, to: 88, sub: 'f' }]);
    expect(parseParagraphSpec('88 (f), 87(c)').ranges).toEqual([
      { from: 88, to: 88, sub: 'f' },
      { from: 87, to: 87, sub: 'c' },
    ]);
  });

  it('keeps a reversed range for validation to report', () => {
    expect(parseParagraphSpec('62-61')).toEqual({ ranges: [{ from: 62, to: 61 }], problems: [] });
  });

  it.each([
    ['', '""'],
    ['para 61', '"para 61"'],
    ['61-', '"61-"'],
    ['61(F)', '"61(F)"'],
    ['88(f)-(g)', '"88(f)-(g)"'],
    ['sixty-one', '"sixty-one"'],
    ['61,,62', '"" in "61,,62"'],
    ['6 1', '"6 1"'],
  ])('reports %j as a problem, without throwing', (spec, part) => {
    expect(parseParagraphSpec(spec).problems).toEqual([
      {
        kind: ParagraphSpecInvalid,
        path: ['para'],
        message: `${part} is not a paragraph number or range`,
        expected: expect.stringContaining('"61-62"'),
      },
    ]);
    expect(ParagraphSpecInvalid.severity ?? 'error').toBe('error');
  });

  it('keeps the readable parts of a partly bad spec', () => {
    const { ranges, problems } = parseParagraphSpec('29, thirty, 33');
    expect(ranges).toEqual([
      { from: 29, to: 29 },
      { from: 33, to: 33 },
    ]);
    expect(problems.map((p) => p.message)).toEqual(['"thirty" in "29, thirty, 33" is not a paragraph number or range']);
  });
});
