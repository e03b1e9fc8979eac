import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSourceRegistry, sourceSlug } from '../../../src/lib/sources/registry.ts';

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const realSources = dir('../../../src/data/sources');
const fixtures = dir('./fixtures/registry');

describe('the real source registry', () => {
  it('loads without problems', async () => {
    const { sources, problems } = readSourceRegistry(realSources);
    expect(problems).toEqual([]);
    expect([...sources.keys()]).toContain('A/HRC/28/56');
  });

  it('describes A/HRC/28/56 as the report does', async () => {
    const { sources } = readSourceRegistry(realSources);
    expect(sources.get('A/HRC/28/56')).toMatchObject({
      author: { name: 'Maud de Boer-Buquicchio' },
      date: '2014-12-22',
      jobNumber: 'GE.14-24831',
      url: 'https://undocs.org/A/HRC/28/56',
      paragraphs: 89,
      footnotes: { from: 1, to: 67 },
      text: 'A-HRC-28-56.txt',
    });
  });
});

describe('readSourceRegistry', () => {
  it('keeps the valid sources and reports the others', async () => {
    const { sources } = readSourceRegistry(fixtures);
    expect([...sources.keys()]).toEqual(['A/HRC/12/23']);
  });

  it('reports schema problems at their file and line', async () => {
    const { problems } = readSourceRegistry(fixtures);
    const file = `${fixtures}/a-hrc-1-2.yaml`;
    expect(problems.filter((p) => p.file === file)).toEqual([
      expect.objectContaining({
        name: 'SourceFieldInvalid',
        field: 'date',
        line: 6,
        message: 'found "22 December 2014": Invalid ISO date',
        expected: 'a valid date',
      }),
      expect.objectContaining({
        name: 'SourceFieldInvalid',
        field: 'footnote',
        line: 9,
        message: '"footnote" is not a known field',
      }),
    ]);
  });

  it('reports YAML syntax errors with a line', async () => {
    const { problems } = readSourceRegistry(fixtures);
    const syntax = problems.filter((p) => p.file === `${fixtures}/a-hrc-1-5.yaml`);
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]).toMatchObject({ name: 'YamlSyntax', severity: 'error', message: expect.any(String) });
    expect(syntax[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports gaps in the outline at the line of the range', async () => {
    const { problems } = readSourceRegistry(fixtures);
    expect(problems.filter((p) => p.file === `${fixtures}/a-hrc-1-3.yaml`)).toEqual([
      expect.objectContaining({
        name: 'OutlineRangeInvalid',
        field: 'outline.1.from',
        line: 13,
        expected: 'paragraph 5',
        message: 'section II starts at paragraph 6, leaving paragraph 5 outside every section',
      }),
      expect.objectContaining({
        name: 'OutlineRangeInvalid',
        field: 'outline.1.sections.1.to',
        line: 17,
        expected: 'paragraph 20',
        message: 'the last section, II.B, ends at paragraph 19, but section II ends at 20',
      }),
    ]);
  });

  it('reports a text copy that is not in the folder', async () => {
    const { sources, problems } = readSourceRegistry(fixtures);
    expect(sources.has('A/HRC/1/6')).toBe(false);
    expect(problems.filter((p) => p.file === `${fixtures}/a-hrc-1-6.yaml`)).toEqual([
      expect.objectContaining({
        name: 'SourceFieldInvalid',
        field: 'text',
        line: 8,
        message: `the text copy A-HRC-1-6.txt is not in ${fixtures}`,
      }),
    ]);
  });

  it('reports a file named after another symbol', async () => {
    const { problems } = readSourceRegistry(fixtures);
    expect(problems.filter((p) => p.file === `${fixtures}/wrong-name.yaml`)).toEqual([
      expect.objectContaining({
        name: 'SourceFileMisnamed',
        field: 'symbol',
        line: 2,
        message: 'wrong-name.yaml holds A/HRC/1/4, which belongs in a-hrc-1-4.yaml',
        hint: expect.stringContaining('a-hrc-1-4.yaml'),
      }),
    ]);
  });
});

describe('sourceSlug', () => {
  it('turns a document symbol into a file name', () => {
    expect(sourceSlug('A/HRC/28/56')).toBe('a-hrc-28-56');
    expect(sourceSlug('A/HRC/28/56/Add.1')).toBe('a-hrc-28-56-add-1');
    expect(sourceSlug('E/CN.4/2005/78')).toBe('e-cn-4-2005-78');
  });
});
