import { describe, expect, test } from 'vitest';
import type { CampaignFolder, SourceFile } from '../../../src/lib/content/campaign-tree.ts';
import { checkCampaign } from '../../../src/lib/content/check-campaigns.ts';
import { isLiteral, isOnlyComments } from '../../../src/lib/content/check-code.ts';
import { unsafeContentProblems } from '../../../src/lib/content/check-unsafe.ts';

const file = (body: string, pathInCampaign = 'en/index.mdx'): SourceFile => ({
  pathInCampaign,
  displayPath: `campaigns/demo/${pathInCampaign}`,
  text: `---\ntitle: Home\ndescription: D\n---\n${body}\n`,
});
/** Name, line and message of each problem of a page whose body (from line 5) is `body`. */
const problemsOf = (body: string, trustedCode = false) =>
  unsafeContentProblems(file(body), trustedCode).map(({ name, line, field, message }) => ({
    name,
    line,
    field,
    message,
  }));

describe('content-only MDX', () => {
  test('an import and an export are refused, each at its own line', () => {
    expect(problemsOf("import fs from 'node:fs';\nexport const host = fs.readFileSync('/etc/hostname');")).toEqual([
      {
        name: 'CodeImportExport',
        line: 5,
        field: 'import statement',
        message: `"import fs from 'node:fs';" imports code, which would run when the site is built`,
      },
      {
        name: 'CodeImportExport',
        line: 6,
        field: 'export statement',
        message: `"export const host = fs.readFileSync('/etc/hostname');" exports code, which would run when the site is built`,
      },
    ]);
  });

  test('an expression in text or on a line of its own is refused', () => {
    expect(problemsOf('The build runs in {process.cwd()}.\n\n{globalThis.secret}')).toEqual([
      expect.objectContaining({ name: 'CodeExpression', line: 5, message: expect.stringContaining('{process.cwd()}') }),
      expect.objectContaining({
        name: 'CodeExpression',
        line: 7,
        message: expect.stringContaining('{globalThis.secret}'),
      }),
    ]);
  });

  test('an expression inside a component is refused too', () => {
    expect(problemsOf('<Callout>\n  Hello {name}\n</Callout>')).toEqual([
      expect.objectContaining({ name: 'CodeExpression', line: 6, message: expect.stringContaining('{name}') }),
    ]);
  });

  test('an attribute expression beyond a literal, and a spread, are refused', () => {
    expect(problemsOf('<Callout title={site.title} {...props}>Hi</Callout>')).toEqual([
      {
        name: 'CodeExpression',
        line: 5,
        field: '<Callout title>',
        message: 'title={site.title} is a JavaScript expression, which would run when the site is built',
      },
      {
        name: 'CodeExpression',
        line: 5,
        field: '<Callout {…}>',
        message: '<Callout {...props}> spreads a JavaScript value into the attributes',
      },
    ]);
  });

  test('an element named after a JavaScript value is refused', () => {
    expect(problemsOf('<process.exit />')).toEqual([
      expect.objectContaining({ name: 'CodeExpression', field: '<process.exit>' }),
    ]);
  });

  test('literal attributes, comments and Markdown pass', () => {
    expect(
      problemsOf(
        [
          '{/* A note for translators: keep this short. */}',
          '',
          'Text with a comment {/* here */} and an escaped brace \\{like this}.',
          '',
          '<Worksheet title="Notes" lines={6} />',
          '',
          '<Callout title={"Quoted"} />',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  test('literals and comments are told from code', () => {
    for (const literal of ['15', ' 2.5 ', '-1', 'true', 'false', '"text"', "'it\\'s'", '"a \\" quote"'])
      expect(isLiteral(literal), literal).toBe(true);
    for (const code of ['a', 'a+b', '"a" + b', '`t`', '"a"; x()', 'TRUE', '15()', '"a\\"" + x + "\\""', '() => 1'])
      expect(isLiteral(code), code).toBe(false);
    expect(isOnlyComments('/* a */ // b\n /* c */')).toBe(true);
    expect(isOnlyComments('/* a */ process.cwd() /* b */')).toBe(false);
    expect(isOnlyComments('/* a */ */ x')).toBe(false);
  });

  test('a campaign that sets trustedCode may run code, but its links are still checked', () => {
    expect(problemsOf("import x from './x.js';\n\n{x}\n\n[Go](javascript:x())", true)).toEqual([
      expect.objectContaining({ name: 'UnsafeLink', line: 9 }),
    ]);
  });
});

describe('safe links in MDX', () => {
  test('Markdown links, pictures, GFM autolinks and link definitions are checked', () => {
    expect(
      problemsOf(
        [
          '[Encoded](&#106;avascript:alert(1)) [Mixed](JavaScript:alert(1)) [By reference][bad]',
          '',
          '![Picture](data:image/svg+xml,<svg/onload=alert(1)>)',
          '',
          '[bad]: java&#9;script:alert(1)',
          '',
          'Fine: [home](../) [section](#help) [mail](mailto:a@example.org) [call](tel:116111) https://example.org www.example.org',
        ].join('\n'),
      ),
    ).toEqual([
      expect.objectContaining({ name: 'UnsafeLink', line: 5, field: 'Markdown link' }),
      expect.objectContaining({ name: 'UnsafeLink', line: 5, field: 'Markdown link' }),
      expect.objectContaining({ name: 'UnsafeLink', line: 7, field: 'Markdown picture' }),
      expect.objectContaining({ name: 'UnsafeLink', line: 9, field: 'link definition [bad]:' }),
    ]);
  });

  test('a component attribute of type url is checked, in pages and toolkits', () => {
    const figure = '<Figure src="JAVASCRIPT:alert(1)" alt="A" />';
    expect(problemsOf(figure)).toEqual([expect.objectContaining({ name: 'UnsafeLink', field: '<Figure src>' })]);
    expect(unsafeContentProblems(file(figure, 'en/toolkits/pack.mdx'), false)).toEqual([
      expect.objectContaining({ name: 'UnsafeLink', field: '<Figure src>' }),
    ]);
  });
});

describe('in a whole campaign', () => {
  const yaml = (extra: string) =>
    [
      'title: { en: T }',
      'tagline: { en: T }',
      'date: 2027-02-09',
      'defaultLocale: en',
      'locales: [en]',
      'brand: { primary: "#1d4ed8" }',
      'organiser: { name: Org, url: "https://example.org" }',
      'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
      extra,
    ].join('\n');
  const folder = (campaignYaml: string, body: string): CampaignFolder => ({
    id: 'demo',
    dir: '/nowhere/demo',
    files: ['campaign.yaml', 'en/index.mdx'],
    config: { pathInCampaign: 'campaign.yaml', displayPath: 'campaigns/demo/campaign.yaml', text: campaignYaml },
    mdx: [file(body)],
  });
  const names = (campaignYaml: string, body: string) =>
    checkCampaign(folder(campaignYaml, body), { sources: new Map(), today: '2026-12-01' }).map((p) => p.name);

  test('code is refused unless campaign.yaml sets trustedCode: true', () => {
    const body = "import data from './data.json';\n\nThere are {data.length} entries.";
    expect(names(yaml(''), body)).toEqual(['CodeImportExport', 'CodeExpression']);
    expect(names(yaml('trustedCode: false'), body)).toEqual(['CodeImportExport', 'CodeExpression']);
    expect(names(yaml('trustedCode: true'), body)).toEqual([]);
  });

  test('addresses in campaign.yaml are checked by the same rules, each at its line', () => {
    const problems = checkCampaign(
      folder(
        yaml(
          [
            'partners:',
            '  - { name: A, url: "java\\tscript:alert(1)" }',
            '  - { name: B, url: "mailto:partner@example.org" }',
            'quickExit: { url: { en: "data:text/html,hi" } }',
          ].join('\n'),
        ),
        'Hello.',
      ),
      { sources: new Map(), today: '2026-12-01' },
    );
    expect(problems.map(({ name, line, field }) => ({ name, line, field }))).toEqual([
      { name: 'UnsafeLink', line: 10, field: 'partners.0.url' },
      { name: 'UnsafeLink', line: 12, field: 'quickExit.url.en' },
    ]);
  });

  test('a quick exit must be a web address, and the organiser a full one', () => {
    const problems = checkCampaign(
      folder(yaml('quickExit: { url: "mailto:a@example.org" }').replace('"https://example.org"', '"/about"'), 'Hi.'),
      { sources: new Map(), today: '2026-12-01' },
    );
    expect(problems.map(({ name, field, message }) => ({ name, field, message }))).toEqual([
      { name: 'CampaignFieldInvalid', field: 'organiser.url', message: '"/about" is not a full address' },
      {
        name: 'CampaignFieldInvalid',
        field: 'quickExit.url',
        message: expect.stringContaining('"mailto:a@example.org" is a mailto: link, where https: or http: is expected'),
      },
    ]);
  });
});
