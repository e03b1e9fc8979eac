import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../../src/lib/colour.ts';
import { checkProject } from '../../../src/lib/content/check-campaigns.ts';
import { parseYaml } from '../../../src/lib/yaml/yaml.ts';
import { formatReport } from '../../../src/lib/errors/report.ts';
import { readTestProject } from '../../helpers/project.ts';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const problemsOf = (name: string) => checkProject(readTestProject(resolve(fixtures, name, 'campaigns')));

describe('YAML with lines', () => {
  test('maps a data path back to its line, including inside frontmatter', () => {
    const yaml = parseYaml('title: a\nbrand:\n  primary: "#fff"\n', 2);
    expect(yaml.lineOf(['brand', 'primary'])).toBe(4);
    expect(yaml.lineOf(['brand', 'missing'])).toBe(3);
    expect(parseYaml('list:\n  - a\n  - b\n').lineOf(['list', 1])).toBe(3);
  });
});

describe('contrast', () => {
  test('matches the WCAG formula', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#1d4ed8')).toBeGreaterThan(4.5);
    expect(contrastRatio('#fff', '#fde68a')).toBeLessThan(1.5);
  });
});

describe('checking the campaigns tree', () => {
  test('the demo campaign has no problems, and the multilingual fixture only a help entry to re-check', () => {
    expect(checkProject(readTestProject(resolve(import.meta.dirname, '../../../campaigns')))).toEqual([]);
    expect(problemsOf('multilingual')).toEqual([
      expect.objectContaining({
        name: 'HelpEntryStale',
        severity: 'warning',
        field: 'childline-india.lastVerified',
        line: 8,
      }),
    ]);
  });

  const problems = problemsOf('broken');
  const find = (name: string, fileEnd: string) => problems.find((p) => p.name === name && p.file.endsWith(fileEnd));

  test('gathers every problem of every campaign in one run', () => {
    expect(problems.map((p) => p.name).sort()).toEqual([
      'CampaignFieldInvalid',
      'ComponentAttributeInvalid',
      'ComponentAttributeInvalid',
      'ComponentAttributeInvalid',
      'DuplicateSlug',
      'FrontmatterFieldInvalid',
      'InvalidDate',
      'LowContrastColour',
      'PageSlugReserved',
      'ParagraphOutOfRange',
      'TerminologyFinding',
      'TerminologyFinding',
      'TerminologyFinding',
      'ToolkitDurationMismatch',
      'UnknownComponent',
      'UnknownFact',
      'UnknownLocale',
      'UnknownLocale',
      'UnknownLocale',
      'UnknownSource',
      'YamlSyntax',
    ]);
  });

  test('bad YAML names the file and line', () => {
    expect(find('YamlSyntax', 'bad-yaml/campaign.yaml')).toMatchObject({ line: 3 });
  });

  test('an impossible date names the field, line and expected form', () => {
    expect(find('InvalidDate', 'bad-values/campaign.yaml')).toMatchObject({
      field: 'date',
      line: 3,
      expected: expect.stringContaining('YYYY-MM-DD'),
    });
  });

  test('unknown locales are reported in campaign.yaml and for locale folders', () => {
    expect(find('UnknownLocale', 'bad-values/campaign.yaml')).toMatchObject({ field: 'locales.1', line: 5 });
    expect(find('UnknownLocale', 'bad-values/de/index.mdx')?.message).toContain('"de"');
    expect(find('UnknownLocale', 'bad-values/xx/index.mdx')).toBeDefined();
  });

  test('a brand colour that white text cannot be read on is rejected', () => {
    expect(find('LowContrastColour', 'bad-values/campaign.yaml')).toMatchObject({ field: 'brand.primary', line: 6 });
  });

  test('two files with one URL and bad frontmatter are located', () => {
    expect(find('DuplicateSlug', 'dupes/en/about/index.mdx')?.message).toMatch(
      /dupes\/en\/about\.mdx both become \/en\/about\//,
    );
    expect(find('FrontmatterFieldInvalid', 'dupes/en/about/index.mdx')).toMatchObject({ field: 'order', line: 4 });
  });

  test('a page cannot take the URL of the campaign kit, which sidkit builds', () => {
    expect(find('PageSlugReserved', 'dupes/en/kit.mdx')).toMatchObject({
      message: expect.stringContaining('/en/dupes/kit/'),
      hint: expect.stringContaining('kit.yaml'),
    });
  });

  test('citations, facts and components are checked at their line', () => {
    expect(find('ParagraphOutOfRange', 'bad-mdx/en/index.mdx')).toMatchObject({ line: 6, field: 'para' });
    expect(find('UnknownSource', 'bad-mdx/en/index.mdx')).toMatchObject({ line: 8, field: 'source' });
    expect(find('UnknownFact', 'bad-mdx/en/index.mdx')).toMatchObject({ line: 10 });
    expect(find('UnknownComponent', 'bad-mdx/en/index.mdx')).toMatchObject({ line: 12, field: '<Marquee>' });
    const activity = problems
      .filter((p) => p.file.endsWith('bad-mdx/en/toolkits/pack.mdx'))
      .map((p) => [p.field, p.line]);
    expect(activity).toEqual([
      ['duration', 6],
      ['<Activity title>', 9],
      ['<Activity minutes>', 9],
      ['<Activity purpose>', 9],
    ]);
  });

  test('terms to avoid are reported at their line with the term to use, outside quotations and code', () => {
    const terms = problems
      .filter((p) => p.name === 'TerminologyFinding')
      .map((p) => [p.file.split('bad-terms/')[1], p.line, p.field, p.message, p.expected]);
    expect(terms).toEqual([
      [
        'en/index.mdx',
        3,
        'description',
        'found "child prostitution"',
        '"sexual exploitation of children, or children who are prostituted" (A/HRC/28/56, para. 33)',
      ],
      [
        'en/index.mdx',
        6,
        undefined,
        'found "Child pornography"',
        '"child sexual abuse material" (A/HRC/28/56, para. 29)',
      ],
      [
        'fr/index.mdx',
        6,
        undefined,
        'found "pornographie infantile"',
        '"matériel d’abus sexuels sur enfants" (A/HRC/28/56, para. 29)',
      ],
    ]);
  });

  test('the report groups by file and gives field, expectation and fix', () => {
    const report = formatReport(problems);
    expect(report).toMatch(/^sidkit found 21 error\(s\) and 0 warning\(s\)/);
    expect(report).toMatch(/bad-values\/campaign\.yaml\n {2}✖ Invalid campaign setting/);
    expect(report).toContain('field:    date');
    expect(report).toContain('fix:      Write the date as YYYY-MM-DD');
  });
});
