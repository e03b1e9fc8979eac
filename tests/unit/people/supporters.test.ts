import { describe, expect, it } from 'vitest';
import { LOGO_LIMITS, logoSizeProblems, parseSupporters } from '../../../src/lib/people/supporters.ts';

const LIST = 'supporters.yaml';

const listText = `# sample supporters
- id: green-valley-library
  name: { en: Green Valley Library, fr: Médiathèque du Val Vert }
  kind: library
  country: FR
  url: https://example.org/green-valley
  logo: supporters/logos/green-valley-library.svg
  joined: 2026-11-02
  sample: true
- id: north-school
  name: North School
  kind: school
  country: GB
  url: https://www.example.com/north/
  logo: supporters/logos/north-school.png
  joined: 2026-10-01
`;

const single = (id: string, body: string) => ({
  pathInCampaign: `supporters/${id}.yaml`,
  displayPath: `campaigns/demo/supporters/${id}.yaml`,
  text: body,
});

const lakeText = `id: lake-ngo
name: Lake NGO
kind: ngo
country: EG
url: https://example.net/lake
logo: supporters/logos/lake.svg
joined: 2026-09-09
`;

const files = [
  'supporters/logos/green-valley-library.svg',
  'supporters/logos/north-school.png',
  'supporters/logos/lake.svg',
];

const context = (overrides: Partial<Parameters<typeof parseSupporters>[2]> = {}) => ({
  today: '2026-12-04',
  defaultLocale: 'en',
  files,
  logoFacts: () => ({ bytes: 2000, width: 400, height: 200 }),
  ...overrides,
});

const source = (text: string) => ({ pathInCampaign: LIST, displayPath: `campaigns/demo/${LIST}`, text });

const brief = (problems: readonly { name: string; file: string; line?: number; field?: string }[]) =>
  problems.map(({ name, file, line, field }) => ({ name, file, line, field }));

describe('parseSupporters', () => {
  it('reads the list and the single files, list first', () => {
    const { supporters, problems } = parseSupporters(source(listText), [single('lake-ngo', lakeText)], context());
    expect(problems).toEqual([]);
    expect(supporters.map((s) => [s.id, s.sample])).toEqual([
      ['green-valley-library', true],
      ['north-school', false],
      ['lake-ngo', false],
    ]);
  });

  it('reads single files alone, without a list', () => {
    expect(parseSupporters(undefined, [single('lake-ngo', lakeText)], context()).supporters).toHaveLength(1);
  });

  it('reports a missing logo at its line', () => {
    const { problems } = parseSupporters(source(listText), [], context({ files: files.slice(1) }));
    expect(brief(problems)).toEqual([
      {
        name: 'SupporterLogoMissing',
        file: 'campaigns/demo/supporters.yaml',
        line: 7,
        field: 'green-valley-library.logo',
      },
    ]);
  });

  it('reports an oversized SVG and PNG with the limit', () => {
    const { problems } = parseSupporters(
      source(listText),
      [],
      context({ logoFacts: (path) => ({ bytes: 400 * 1024, width: 2400, height: 1000, path }) }),
    );
    expect(brief(problems)).toEqual([
      expect.objectContaining({ name: 'SupporterLogoTooLarge', line: 7 }),
      expect.objectContaining({ name: 'SupporterLogoTooLarge', line: 15 }),
      expect.objectContaining({ name: 'SupporterLogoTooLarge', line: 15 }),
    ]);
    expect(problems.map((p) => p.expected)).toEqual([
      'an SVG of at most 100 KB',
      'at most 2000 px wide and tall',
      'a PNG of at most 300 KB',
    ]);
  });

  it('keeps logos at the limits', () => {
    expect(logoSizeProblems('a.svg', { bytes: LOGO_LIMITS.svgBytes })).toEqual([]);
    expect(logoSizeProblems('a.png', { bytes: LOGO_LIMITS.pngBytes, width: 2000, height: 2000 })).toEqual([]);
  });

  it('reports a bad URL, country code, kind and date, each at its line, in one run', () => {
    const text = listText
      .replace('https://example.org/green-valley', 'example.org/green-valley')
      .replace('country: GB', 'country: UK')
      .replace('kind: school', 'kind: university')
      .replace('2026-10-01', '2026-02-30');
    expect(brief(parseSupporters(source(text), [], context()).problems)).toEqual([
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 6, field: 'green-valley-library.url' }),
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 12, field: 'north-school.kind' }),
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 13, field: 'north-school.country' }),
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 16, field: 'north-school.joined' }),
    ]);
  });

  it('refuses a logo outside the campaign folder or not an SVG or PNG', () => {
    for (const logo of ['../other/logo.svg', '/logo.svg', 'supporters/logos/a.jpg']) {
      const text = listText.replace('supporters/logos/green-valley-library.svg', logo);
      expect(brief(parseSupporters(source(text), [], context()).problems)).toEqual([
        expect.objectContaining({ name: 'SupporterFieldInvalid', line: 7, field: 'green-valley-library.logo' }),
      ]);
    }
  });

  it('reports an unsafe address as UnsafeLink', () => {
    const text = listText.replace('https://example.org/green-valley', 'javascript:alert(1)');
    expect(parseSupporters(source(text), [], context()).problems.map((p) => p.name)).toEqual(['UnsafeLink']);
  });

  it('reports joining after today, and a name without the default locale', () => {
    const text = listText.replace('2026-11-02', '2027-01-01').replace('en: Green Valley Library, ', '');
    const { problems } = parseSupporters(source(text), [], context());
    expect(brief(problems)).toEqual([
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 8, field: 'green-valley-library.joined' }),
      expect.objectContaining({ name: 'SupporterFieldInvalid', line: 3, field: 'green-valley-library.name' }),
    ]);
    expect(problems[0]!.message).toBe('joined on 2027-01-01, after today (2026-12-04)');
  });

  it('reports a duplicate id across files, naming the first', () => {
    const copy = lakeText.replace('lake-ngo', 'north-school');
    const { problems } = parseSupporters(source(listText), [single('north-school', copy)], context());
    expect(brief(problems)).toEqual([
      { name: 'DuplicateId', file: 'campaigns/demo/supporters/north-school.yaml', line: 1, field: 'id' },
    ]);
    expect(problems[0]!.message).toContain('campaigns/demo/supporters.yaml:10');
  });

  it('reports the same website, or the same name in one country, as a duplicate supporter naming both', () => {
    const sameSite = lakeText.replace('https://example.net/lake', 'http://example.com/north');
    const sameName = lakeText.replace('Lake NGO', 'green valley library').replace('EG', 'FR');
    const { problems } = parseSupporters(
      source(listText),
      [single('lake-ngo', sameSite), single('other', sameName.replace('lake-ngo', 'other'))],
      context(),
    );
    expect(brief(problems)).toEqual([
      { name: 'DuplicateSupporter', file: 'campaigns/demo/supporters/lake-ngo.yaml', line: 5, field: 'url' },
      { name: 'DuplicateSupporter', file: 'campaigns/demo/supporters/other.yaml', line: 2, field: 'name' },
    ]);
    expect(problems[0]!.message).toBe(
      '"lake-ngo" has the same website (example.com/north) as "north-school" at campaigns/demo/supporters.yaml:10',
    );
  });

  it('reports a single file not named after its id', () => {
    const { problems } = parseSupporters(undefined, [single('lake', lakeText)], context());
    expect(brief(problems)).toEqual([expect.objectContaining({ name: 'SupporterFieldInvalid', line: 1, field: 'id' })]);
  });

  it('reports YAML syntax at its line and keeps reading the other files', () => {
    const { supporters, problems } = parseSupporters(
      source('- id: [broken\n'),
      [single('lake-ngo', lakeText)],
      context(),
    );
    expect(problems.map((p) => p.name)).toEqual(['YamlSyntax']);
    expect(supporters.map((s) => s.id)).toEqual(['lake-ngo']);
  });
});
