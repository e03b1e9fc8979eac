import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutlineRangeInvalid } from '../../../src/lib/errors/catalogue.ts';
import { checkOutline, outlinePath } from '../../../src/lib/sources/outline.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import type { Source } from '../../../src/lib/sources/source-schema.ts';

let report: Source;

beforeAll(async () => {
  const { sources } = readSourceRegistry(fileURLToPath(new URL('../../../src/data/sources', import.meta.url)));
  const source = sources.get('A/HRC/28/56');
  if (!source) throw new Error('A/HRC/28/56 is not registered');
  report = source;
});

const ids = (paragraph: number) => outlinePath(report.outline, paragraph).map((section) => section.id);

describe('outlinePath', () => {
  it.each([
    [1, ['I']],
    [2, ['II', 'II.A']],
    [8, ['II', 'II.B']],
    [29, ['IV', 'IV.C']],
    [44, ['IV', 'IV.D']],
    [61, ['IV', 'IV.D']],
    [81, ['IV', 'IV.D']],
    [82, ['V', 'V.A']],
    [88, ['V', 'V.B']],
    [89, ['V', 'V.B']],
  ])('puts paragraph %i in %j', (paragraph, expected) => {
    expect(ids(paragraph)).toEqual(expected);
  });

  it('finds nothing outside the document', () => {
    expect(ids(0)).toEqual([]);
    expect(ids(90)).toEqual([]);
  });

  it('gives the headings for an "About the report" page', () => {
    expect(outlinePath(report.outline, 61).at(-1)?.title).toMatch(/^Comprehensive strategies to prevent and combat/);
  });
});

describe('checkOutline', () => {
  it('accepts the outline of A/HRC/28/56', () => {
    expect(checkOutline(report)).toEqual([]);
  });

  it('reports overlap and a section ending before it starts', () => {
    const broken: Source = {
      ...report,
      paragraphs: 10,
      outline: [
        { id: 'I', title: 'One', from: 1, to: 5 },
        { id: 'II', title: 'Two', from: 5, to: 4 },
      ],
    };
    expect(checkOutline(broken)).toEqual([
      {
        kind: OutlineRangeInvalid,
        path: ['outline', 1, 'from'],
        expected: 'paragraph 6',
        message: 'section II starts at paragraph 5, inside the section before it',
      },
      {
        kind: OutlineRangeInvalid,
        path: ['outline', 1, 'to'],
        expected: 'at least 5',
        message: 'section II ends at paragraph 4, before it starts',
      },
      {
        kind: OutlineRangeInvalid,
        path: ['outline', 1, 'to'],
        expected: 'paragraph 10',
        message: 'the last section, II, ends at paragraph 4, but A/HRC/28/56 ends at 10',
      },
    ]);
  });
});
