import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignFolder, SourceFile } from '../../../src/lib/content/campaign-tree.ts';
import { checkCampaign } from '../../../src/lib/content/check-campaigns.ts';
import { checkTerminology } from '../../../src/lib/content/check-terminology.ts';
import { mdxProse } from '../../../src/lib/content/mdx-prose.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import { findTerms } from '../../../src/lib/terminology/find-terms.ts';
import { readTerminology, parseTerminology } from '../../../src/lib/terminology/terminology.ts';
import { SOURCES_DIR } from '../../../src/site/sources-dir.ts';
import { TERMINOLOGY_DIR } from '../../../src/site/terminology-dir.ts';
import { SAMPLE_FACT } from '../sources/fixtures/sample-fact.ts';

const { sources } = readSourceRegistry(SOURCES_DIR);
const { rules, problems: listProblems } = readTerminology(TERMINOLOGY_DIR, sources);
const rulesOf = (locale: string) => rules.get(locale) ?? [];
const found = (text: string, locale: string) => findTerms(text, rulesOf(locale)).map((match) => match.found);
const page = (text: string, path = 'en/page.mdx'): SourceFile => ({
  pathInCampaign: path,
  displayPath: `campaigns/x/${path}`,
  text,
});

describe('the terminology lists', () => {
  it('load without problems, with both terms of paras 29 and 33 for every UN language', () => {
    expect(listProblems).toEqual([]);
    expect([...rules.keys()].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    for (const list of rules.values())
      expect(list.map((rule) => [rule.source, rule.para])).toEqual([
        ['A/HRC/28/56', '29'],
        ['A/HRC/28/56', '33'],
      ]);
  });

  it('reports a pattern that is not a regular expression and a paragraph the source does not have', () => {
    const text =
      '- term: x\n  patterns: ["child (porn"]\n  preferred: y\n  source: A/HRC/28/56\n  para: "29"\n- term: x\n  patterns: [x]\n  preferred: y\n  source: A/HRC/28/56\n  para: "95"\n';
    const bad = parseTerminology('en.yaml', text, sources);
    expect(bad.problems).toEqual([
      expect.objectContaining({ name: 'TerminologyRuleInvalid', line: 2, field: '0.patterns.0' }),
    ]);
    const outOfRange = parseTerminology('en.yaml', text.replace('child (porn', 'child porn'), sources);
    expect(outOfRange.problems).toEqual([
      expect.objectContaining({ name: 'ParagraphOutOfRange', line: 10, field: '1.para' }),
    ]);
    expect(outOfRange.rules).toEqual([]);
  });

  it('reports a file that is not named after a locale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    writeFileSync(join(dir, 'english.yaml'), '[]');
    expect(readTerminology(dir, sources).problems).toEqual([
      expect.objectContaining({
        name: 'TerminologyRuleInvalid',
        message: '"english.yaml" is not named after a locale',
      }),
    ]);
  });
});

describe('finding terms', () => {
  it('finds plural and inflected forms, in any case, across line breaks', () => {
    expect(found('Child Pornography, child-pornographic images and CHILD PROSTITUTES', 'en')).toEqual([
      'Child Pornography',
      'child-pornographic',
      'CHILD PROSTITUTES',
    ]);
    expect(found('the prostitution of\nchildren', 'en')).toEqual(['prostitution of\nchildren']);
    expect(found('les pornographies enfantines, la pédopornographie, la prostitution d’enfants', 'fr')).toEqual([
      'pornographies enfantines',
      'pédopornographie',
      'prostitution d’enfants',
    ]);
    expect(found('la Pornografia infantil y la prostitución de menores', 'es')).toEqual([
      'Pornografia infantil',
      'prostitución de menores',
    ]);
    expect(found('борьба с детской порнографией и детскую проституцию', 'ru')).toEqual([
      'детской порнографией',
      'детскую проституцию',
    ]);
    expect(found('وبغاء الأطفال والمواد الإباحية للأطفال', 'ar')).toEqual([
      'وبغاء الأطفال',
      'والمواد الإباحية للأطفال',
    ]);
  });

  it('matches whole words only, except in Chinese, written without spaces', () => {
    expect(found('grandchild pornographyx', 'en')).toEqual([]);
    expect(found('打击儿童色情制品和儿童卖淫', 'zh')).toEqual(['儿童色情制品', '儿童卖淫']);
  });

  it('leaves the preferred terms alone', () => {
    expect(found('child sexual abuse material; children who are prostituted', 'en')).toEqual([]);
    expect(found('matériel d’abus sexuels sur enfants ; enfants prostitués', 'fr')).toEqual([]);
    expect(found('儿童性虐待材料', 'zh')).toEqual([]);
  });
});

describe('the prose of an MDX page', () => {
  it('reads words split by markup as one text, with the line of every character', () => {
    const [block] = mdxProse('Reporting **child**\n_pornography_ works.\n');
    expect(block?.text).toBe('Reporting child\npornography works.');
    expect(block?.lines[block.text.indexOf('pornography')]).toBe(2);
  });

  it('leaves out code, expressions, web addresses and <Quote>', () => {
    const source = [
      '`child pornography` {"child pornography"}',
      '',
      '```',
      'child pornography',
      '```',
      '',
      'See www.example.org/child-pornography and https://example.org/child-porn.',
      '',
      '<Quote kind="title">Optional Protocol on child prostitution</Quote>',
    ].join('\n');
    expect(mdxProse(source).flatMap((block) => findTerms(block.text, rulesOf('en')))).toEqual([]);
  });

  it('reads callouts, list items, table cells, headings and image descriptions', () => {
    const source =
      '## child porn\n\n- child prostitution\n\n| a |\n|---|\n| child prostitutes |\n\n<Callout>\nchild pornography\n</Callout>\n\n![child pornography](x.png)\n';
    expect(
      mdxProse(source).flatMap((block) =>
        findTerms(block.text, rulesOf('en')).map((m) => [m.found, block.lines[m.index]]),
      ),
    ).toEqual([
      ['child porn', 1],
      ['child prostitution', 3],
      ['child prostitutes', 7],
      ['child pornography', 10],
      ['child pornography', 13],
    ]);
  });
});

describe('checkTerminology', () => {
  const text =
    '---\ntitle: Child prostitution\nobjectives:\n  - Pupils avoid the term child pornography\n---\n\nSome *child*\nporn here, a <Quote>child pornography</Quote> quotation.\n';

  it('reports the file, line, field, the words found and the term to use', () => {
    expect(checkTerminology(page(text), rulesOf('en'), 'error')).toEqual([
      expect.objectContaining({
        name: 'TerminologyFinding',
        severity: 'error',
        file: 'campaigns/x/en/page.mdx',
        line: 2,
        field: 'title',
        message: 'found "Child prostitution"',
        expected: '"sexual exploitation of children, or children who are prostituted" (A/HRC/28/56, para. 33)',
      }),
      expect.objectContaining({
        line: 4,
        field: 'objectives.0',
        message: 'found "child pornography"',
        expected: '"child sexual abuse material" (A/HRC/28/56, para. 29)',
      }),
      expect.objectContaining({ line: 7, message: 'found "child porn"', hint: expect.stringContaining('<Quote>') }),
    ]);
  });

  it('turns findings into warnings in warn mode', () => {
    expect(checkTerminology(page(text), rulesOf('en'), 'warn').map((p) => p.severity)).toEqual([
      'warning',
      'warning',
      'warning',
    ]);
  });
});

describe('the campaign setting', () => {
  const config = (mode: string) =>
    `title: { en: T }\ntagline: { en: T }\ndate: 2027-02-09\ndefaultLocale: en\nlocales: [en]\nbrand: { primary: "#1d4ed8" }\norganiser: { name: O, url: "https://example.org" }\nlicence: { name: L, url: "https://example.org/l" }\n${mode}`;
  const folder = (mode: string): CampaignFolder => ({
    id: 'x',
    dir: 'campaigns/x',
    files: ['campaign.yaml', 'en/index.mdx'],
    config: { pathInCampaign: 'campaign.yaml', displayPath: 'campaigns/x/campaign.yaml', text: config(mode) },
    mdx: [page('---\ntitle: Home\ndescription: A page.\n---\n\nNo more child porn.\n', 'en/index.mdx')],
  });
  const context = { sources, today: '2026-11-27', terminology: rules };

  it('makes findings errors by default, and warnings with terminology: warn', () => {
    expect(checkCampaign(folder(''), context).map((p) => [p.name, p.severity])).toEqual([
      ['TerminologyFinding', 'error'],
    ]);
    expect(checkCampaign(folder('terminology: warn'), context).map((p) => [p.name, p.severity])).toEqual([
      ['TerminologyFinding', 'warning'],
    ]);
    expect(checkCampaign(folder('terminology: strict'), context).map((p) => [p.name, p.field])).toEqual([
      ['CampaignFieldInvalid', 'terminology'],
      ['TerminologyFinding', undefined],
    ]);
  });

  it('checks nothing in a locale without a list', () => {
    expect(checkCampaign(folder(''), { ...context, terminology: new Map() })).toEqual([]);
  });

  it("checks fact labels in each label's language, at the label's line, in the campaign's mode", () => {
    const facts = SAMPLE_FACT.replace(
      'Hotlines in the INHOPE network',
      'Hotlines that take reports of child pornography',
    );
    const withFacts = (mode: string): CampaignFolder => ({
      ...folder(mode),
      files: ['campaign.yaml', 'facts.yaml', 'en/index.mdx'],
      facts: { pathInCampaign: 'facts.yaml', displayPath: 'campaigns/x/facts.yaml', text: facts },
      mdx: [page('---\ntitle: Home\ndescription: A page.\n---\n\nHello.\n', 'en/index.mdx')],
    });
    expect(checkCampaign(withFacts(''), context)).toEqual([
      expect.objectContaining({
        name: 'TerminologyFinding',
        severity: 'error',
        file: 'campaigns/x/facts.yaml',
        line: 9,
        field: 'inhope-hotlines.label.en',
        message: 'found "child pornography"',
        expected: expect.stringContaining('"child sexual abuse material"'),
      }),
    ]);
    expect(checkCampaign(withFacts('terminology: warn'), context).map((p) => p.severity)).toEqual(['warning']);
    const preferred = facts.replace('child pornography', 'child sexual abuse material');
    expect(
      checkCampaign(
        {
          ...withFacts(''),
          facts: { pathInCampaign: 'facts.yaml', displayPath: 'campaigns/x/facts.yaml', text: preferred },
        },
        context,
      ),
    ).toEqual([]);
  });
});
