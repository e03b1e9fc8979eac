import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as kinds from '../../../src/lib/errors/catalogue.ts';
import { placeProblem } from '../../../src/lib/errors/problem.ts';
import type { Fact } from '../../../src/lib/sources/fact-schema.ts';
import { factLabel, findFact, formatFactValue, parseFacts, type FactsContext } from '../../../src/lib/sources/facts.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import { SAMPLE_FACT } from './fixtures/sample-fact.ts';

let context: FactsContext;

beforeAll(async () => {
  const { sources } = readSourceRegistry(fileURLToPath(new URL('../../../src/data/sources', import.meta.url)));
  context = { sources, locales: ['en', 'fr'] };
});

const GOOD = SAMPLE_FACT;

describe('parseFacts', () => {
  it('accepts a valid fact', () => {
    const { facts, problems } = parseFacts('facts.yaml', GOOD, context);
    expect(problems).toEqual([]);
    expect(facts.map((f) => f.id)).toEqual(['inhope-hotlines']);
  });

  it('reports schema problems at the line of the value', () => {
    const text = GOOD.replace('value: 51', 'value: fifty-one')
      .replace('unit: hotlines', 'unit: lines')
      .replace('id: inhope-hotlines', 'id: INHOPE_hotlines');
    const { facts, problems } = parseFacts('campaigns/x/facts.yaml', text, context);
    expect(facts).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        name: 'FactFieldInvalid',
        file: 'campaigns/x/facts.yaml',
        line: 1,
        field: 'INHOPE_hotlines.id',
        message: 'found "INHOPE_hotlines": Use lowercase words joined by hyphens, e.g. "internet-users-2013".',
      }),
      expect.objectContaining({
        name: 'FactFieldInvalid',
        line: 2,
        field: 'INHOPE_hotlines.value',
        expected: 'a number',
        message: 'found "fifty-one": Invalid input: expected number, received string',
      }),
      expect.objectContaining({
        name: 'FactFieldInvalid',
        line: 3,
        field: 'INHOPE_hotlines.unit',
        expected: expect.stringMatching(/^one of "people", "children", .*"days"$/),
        message: expect.stringMatching(/^found "lines": /),
      }),
    ]);
  });

  it('reports a check longer than 12 words', () => {
    const text = GOOD.replace(
      'covering 45 countries',
      'covering 45 countries, principally in Europe and North America',
    );
    expect(parseFacts('facts.yaml', text, context).problems).toEqual([
      expect.objectContaining({
        name: 'FactFieldInvalid',
        line: 7,
        field: 'inhope-hotlines.check',
        message: expect.stringContaining('Keep the check to 12 words or fewer'),
      }),
    ]);
  });

  it('reports bad citations at the line of the fact field', () => {
    const second = GOOD.replace('id: inhope-hotlines', 'id: second').replace('para: "49"', 'para: "90"');
    const unknown = GOOD.replace('source: A/HRC/28/56', 'source: A/HRC/99/1');
    expect(parseFacts('facts.yaml', GOOD + second, context).problems).toEqual([
      expect.objectContaining({
        name: 'ParagraphOutOfRange',
        line: 16,
        field: 'second.para',
        message: 'paragraph 90 is outside A/HRC/28/56 (paragraphs 1–89)',
        expected: 'paragraphs 1 to 89 of A/HRC/28/56',
      }),
    ]);
    expect(parseFacts('facts.yaml', unknown, context).problems).toEqual([
      expect.objectContaining({
        name: 'UnknownSource',
        line: 5,
        field: 'inhope-hotlines.source',
        message: '"A/HRC/99/1" is not a registered source',
      }),
    ]);
  });

  it('reports a missing label for a campaign locale, and duplicate ids', () => {
    const text = `${GOOD}${GOOD.replace('    fr: Lignes de signalement du réseau INHOPE\n', '')}`;
    expect(parseFacts('facts.yaml', text, context).problems).toEqual([
      expect.objectContaining({
        name: 'DuplicateId',
        line: 11,
        field: 'inhope-hotlines.id',
        message: '"inhope-hotlines" is already the id of an earlier entry',
        expected: 'an id used once in the file',
      }),
      expect.objectContaining({
        name: 'FactLabelMissing',
        line: 18,
        field: 'inhope-hotlines.label',
        message: 'fact "inhope-hotlines" has no label in "fr"',
        expected: 'a label in "fr"',
      }),
    ]);
  });

  it('reports a max that is not above the value', () => {
    const text = GOOD.replace('value: 51', 'value: 51\n  max: 51');
    expect(parseFacts('facts.yaml', text, context).problems).toEqual([
      expect.objectContaining({
        name: 'FactFieldInvalid',
        line: 3,
        field: 'inhope-hotlines.max',
        message: 'max (51) is not above value (51)',
        expected: 'more than value (51)',
      }),
    ]);
  });

  it('names a tab in the indentation, once, instead of the errors it sets off', () => {
    const { facts, problems, readable } = parseFacts(
      'facts.yaml',
      `${GOOD}- id: second\n\tvalue: 2\n\tunit: people\n`,
      context,
    );
    expect(facts).toEqual([]);
    expect(readable).toBe(false);
    expect(problems).toEqual([
      expect.objectContaining({ name: 'YamlTabIndent', file: 'facts.yaml', line: 12, column: 1 }),
      expect.objectContaining({ name: 'YamlTabIndent', file: 'facts.yaml', line: 13, column: 1 }),
    ]);
    expect(problems[0]?.message).toBe('line 12 is indented with a tab character (column 1)');
  });

  it('reports the first of a cascade of YAML syntax errors at its line, and how many it left out', () => {
    const { problems } = parseFacts('facts.yaml', `${GOOD}- id: "second\n  value: 2\n`, context);
    expect(problems).toEqual([expect.objectContaining({ name: 'YamlSyntax', file: 'facts.yaml' })]);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(11);
  });
});

const fact = (overrides: Partial<Fact>): Fact => ({
  id: 'example',
  value: 2800000000,
  unit: 'people',
  year: 2013,
  source: 'A/HRC/28/56',
  para: '22',
  check: 'risen to 2.8 billion',
  label: { en: 'Internet users worldwide in 2013' },
  ...overrides,
});

describe('findFact', () => {
  it('finds a fact by id', () => {
    expect(findFact([fact({})], 'example')).toEqual({ ok: true, value: fact({}) });
  });

  it('reports an unknown id and lists the known ones', () => {
    const found = findFact([fact({})], 'exmaple');
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.problem).toEqual({
        kind: kinds.UnknownFact,
        path: ['id'],
        message: 'there is no fact "exmaple"',
        expected: expect.stringContaining('example'),
      });
    }
  });
});

describe('factLabel', () => {
  it('gives the label in the locale', () => {
    expect(factLabel(fact({}), 'en')).toEqual({ ok: true, value: 'Internet users worldwide in 2013' });
  });

  it('reports a missing label instead of falling back to another language', () => {
    const found = factLabel(fact({}), 'fr');
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.problem).toEqual({
        kind: kinds.FactLabelMissing,
        path: ['label', 'fr'],
        message: 'fact "example" has no label in "fr"',
        expected: 'a label in "fr"',
      });
      expect(placeProblem(found.problem, { file: 'campaigns/x/fr/index.mdx', line: 3 })).toMatchObject({
        name: 'FactLabelMissing',
        field: 'label.fr',
        line: 3,
      });
    }
  });
});

describe('formatFactValue', () => {
  it.each([
    ['en', '2,800,000,000'],
    ['fr', '2\u202f800\u202f000\u202f000'],
    ['es', '2.800.000.000'],
    ['ru', '2\u00a0800\u00a0000\u00a0000'],
    ['zh', '2,800,000,000'],
    ['ar', '2,800,000,000'],
  ])('formats a count in %s', (locale, expected) => {
    expect(formatFactValue(fact({}), locale)).toBe(expected);
  });

  it('formats percentages in percent style', () => {
    const share = fact({ value: 98, unit: 'percent' });
    expect(formatFactValue(share, 'en')).toBe('98%');
    expect(formatFactValue(share, 'fr')).toBe('98\u00a0%');
  });

  it('formats a range', () => {
    const range = fact({ value: 13, max: 19, unit: 'percent' });
    expect(formatFactValue(range, 'en')).toBe('13% – 19%');
    expect(formatFactValue(range, 'ru')).toBe('13–19\u00a0%');
  });

  it('passes options on to Intl.NumberFormat', () => {
    expect(formatFactValue(fact({}), 'en', { notation: 'compact', compactDisplay: 'long' })).toBe('2.8 billion');
  });
});
