import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';

const root = resolve(import.meta.dirname, '../..');
const campaigns = join(root, 'tests/.output/check-campaigns');
const planted: Record<string, string> = {
  'planted/campaign.yaml': [
    'title: { en: Planted }',
    'tagline: { en: A campaign with a problem in every file }',
    'date: 2028-02-30',
    'defaultLocale: en',
    'locales: [en]',
    'brand: { primary: "#1d4ed8" }',
    'organiser: { name: Fixture, url: "https://example.org/" }',
    'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
    '',
  ].join('\n'),
  'planted/help.yaml':
    '- id: old-entry\n  country: EU\n  name: An entry nobody has checked for years\n  kind: helpline\n  phone: "116 111"\n  source: A source\n  lastVerified: "2020-01-01"\n',
  'planted/en/index.mdx':
    '---\ntitle: Planted\ndescription: The home page.\n---\n\nA claim. <Cite source="A/HRC/28/56" para="999" />\n\n<Marquee>Hello</Marquee>\n\nThey call it child pornography.\n',
  'planted/en/about.mdx': '---\ntitle: About\n---\n\nNo description above.\n',
  // A campaign without a problem next to it, which the report names as fine.
  'fine/campaign.yaml': [
    'title: { en: Fine }',
    'tagline: { en: A campaign with no problem }',
    'date: 2028-02-08',
    'defaultLocale: en',
    'locales: [en]',
    'brand: { primary: "#1d4ed8" }',
    'organiser: { name: Fixture, url: "https://example.org/" }',
    'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
    '',
  ].join('\n'),
  'fine/en/index.mdx': '---\ntitle: Fine\ndescription: The home page.\n---\n\nNothing wrong here.\n',
};

let run: CliRun;
beforeAll(() => {
  rmSync(campaigns, { recursive: true, force: true });
  for (const [path, text] of Object.entries(planted)) {
    mkdirSync(dirname(join(campaigns, path)), { recursive: true });
    writeFileSync(join(campaigns, path), text);
  }
  run = runCli('check', [], { SIDKIT_CAMPAIGNS: campaigns });
});

test('one run reports every planted problem, grouped by file, and exits with code 1', () => {
  expect(run.status).toBe(1);
  const out = run.stdout;
  expect(out).toMatch(/sidkit found \d+ error\(s\) and 1 warning\(s\) in the content and code:/);
  const where = 'tests/.output/check-campaigns/planted';
  expect(out).toMatch(new RegExp(`${where}/campaign.yaml\\n  ✖ Invalid date  \\(${where}/campaign.yaml:3\\)`));
  expect(out).toMatch(new RegExp(`${where}/en/about.mdx\\n  ✖ Invalid page frontmatter .*\\n\\s+field: +description`));
  expect(out).toMatch(new RegExp(`✖ Paragraph is not in the document  \\(${where}/en/index.mdx:6:\\d+\\)`));
  expect(out).toMatch(new RegExp(`✖ Unknown component  \\(${where}/en/index.mdx:8:1\\)`));
  expect(out).toMatch(/child pornography/);
  expect(out).toMatch(new RegExp(`${where}/help.yaml\\n  ⚠ Help entry not checked for over a year`));
  expect(out.match(new RegExp(`^${where}/en/index.mdx$`, 'gm'))).toHaveLength(1);
});

test('ends by saying which campaigns were fine, and how to build them while the others are fixed', () => {
  expect(run.stdout).toMatch(/\nBy campaign: fine: no problems; planted: \d+ errors and 1 warning\.\n/);
  expect(run.stdout).toMatch(/without errors while the others are fixed: npm run build -- --campaign fine\n/);
});

test('runs the type checks in the same run', () => {
  expect(run.stdout).toMatch(/Types: astro check checked \d+ file\(s\)\./);
});
