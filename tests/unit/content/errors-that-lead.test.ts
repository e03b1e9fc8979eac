/**
 * Planted mistakes in a copy of the demo campaign: each must come out as one catalogued
 * problem at its file and line, with a hint that says what to write, and never bury itself
 * under the problems that follow from it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-campaigns.ts';
import { splitMaterials } from '../../../src/lib/content/activities.ts';
import { formatReport } from '../../../src/lib/errors/report.ts';
import type { Problem } from '../../../src/lib/errors/problem.ts';
import { starterText } from '../../../src/lib/scaffold/starter-text.ts';
import { readTestProject } from '../../helpers/project.ts';

const root = resolve(import.meta.dirname, '../../..');
const output = join(root, 'tests/.output/errors-that-lead');

/** A copy of the demo campaigns folder with `plant` applied, checked as the build checks it. */
function checkPlanted(name: string, plant: (campaign: string) => void): Problem[] {
  const campaigns = join(output, name);
  rmSync(campaigns, { recursive: true, force: true });
  mkdirSync(campaigns, { recursive: true });
  cpSync(join(root, 'campaigns/sid-2027'), join(campaigns, 'sid-2027'), { recursive: true });
  plant(join(campaigns, 'sid-2027'));
  return checkProject(readTestProject(campaigns));
}

/** Rewrites a file of the planted campaign. */
function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('a tab in facts.yaml', () => {
  let problems: Problem[];
  beforeAll(() => {
    problems = checkPlanted('tab-in-facts', (campaign) =>
      edit(join(campaign, 'facts.yaml'), (text) => text.replace('\n  value: 2800000000\n', '\n\tvalue: 2800000000\n')),
    );
  });

  test('is one error naming the tab at its line, not a cascade of YAML errors and unknown facts', () => {
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        name: 'YamlTabIndent',
        file: 'tests/.output/errors-that-lead/tab-in-facts/sid-2027/facts.yaml',
        line: 13,
        column: 1,
        message: 'line 13 is indented with a tab character (column 1)',
      }),
    ]);
    expect(errors[0]?.hint).toMatch(/replace the tab with spaces/);
  });

  test('says how many problems that follow from it were left out', () => {
    const notice = problems.find((p) => p.name === 'FollowOnProblemsLeftOut');
    expect(notice).toMatchObject({ severity: 'warning', file: expect.stringMatching(/facts\.yaml$/) });
    const [, count, files] = /^(\d+) "Unknown fact" problem\(s\) in (\d+) file\(s\) were left out/.exec(
      notice!.message,
    )!;
    expect(Number(count)).toBeGreaterThan(100);
    expect(Number(files)).toBeGreaterThan(10);
  });

  test('leads the report', () => {
    const report = formatReport(problems);
    expect(report.split('\n').length).toBeLessThan(15);
    expect(report.split('\n')[2]).toMatch(/facts\.yaml$/);
    expect(report).not.toMatch(/Unexpected scalar|Unknown fact  \(/);
  });
});

test('a byte-order mark and Windows line endings are accepted in pages and data files', () => {
  const problems = checkPlanted('bom-crlf', (campaign) => {
    const windows = (text: string) => '\uFEFF' + text.replace(/\r?\n/g, '\r\n');
    edit(join(campaign, 'en/index.mdx'), windows);
    edit(join(campaign, 'ar/toolkits/ages-7-11.mdx'), windows);
    edit(join(campaign, 'facts.yaml'), windows);
    edit(join(campaign, 'help.yaml'), windows);
    edit(join(campaign, 'campaign.yaml'), windows);
    edit(join(campaign, 'kit.yaml'), windows);
  });
  expect(problems).toEqual([]);
});

test("a kit message made too long, and one left untranslated, are reported at their lines in the check's one run", () => {
  const problems = checkPlanted('kit-message', (campaign) =>
    edit(join(campaign, 'kit.yaml'), (text) =>
      text
        .replace('Telling someone is always the right thing to do.', 'Telling someone is always right. '.repeat(6))
        .replace(/\n {6}ru: "Родители и опекуны:[^\n]*/, ''),
    ),
  );
  expect(problems.map(({ name, severity, field, message }) => ({ name, severity, field, message }))).toEqual([
    {
      name: 'KitMessageTooLong',
      severity: 'error',
      field: 'messages.1.text.en',
      message: expect.stringMatching(
        /^the post of "trusted-adult" in "en" is \d+ characters as X counts them, over X's limit of 280$/,
      ),
    },
    {
      name: 'KitTranslationMissing',
      severity: 'warning',
      field: 'messages.3.text',
      message: 'no text in "ru": the kit page and messages file leave message "parents" out in that language',
    },
  ]);
  expect(problems[0]).toMatchObject({ file: expect.stringMatching(/kit-message\/sid-2027\/kit\.yaml$/), line: 27 });
});

test('a help entry problem names the entry by its id', () => {
  const problems = checkPlanted('help-entry', (campaign) =>
    edit(join(campaign, 'help.yaml'), (text) => text.replace(/\n  country: EU\n/, '\n  country: Europe\n')),
  );
  expect(problems).toEqual([
    expect.objectContaining({ name: 'HelpEntryInvalid', field: expect.stringMatching(/^eu-[\w-]+\.country$/) }),
  ]);
});

test('raw HTML is an error whose hint says how to write it in Markdown or show it as text', () => {
  const problems = checkPlanted('raw-html', (campaign) =>
    edit(
      join(campaign, 'en/about-the-report.mdx'),
      (text) => `${text}\nThis is <b>important</b>.\n\n<img src="x.png" />\n`,
    ),
  );
  const [bold, image] = problems;
  expect(problems).toHaveLength(2);
  expect(bold).toMatchObject({
    name: 'RawHtmlTag',
    field: '<b>',
    file: expect.stringMatching(/about-the-report\.mdx$/),
  });
  expect(bold?.line).toBeGreaterThan(10);
  expect(bold?.hint).toMatch(/\*\*bold text\*\*.*\\<b>/);
  expect(image).toMatchObject({ name: 'RawHtmlTag', field: '<img>' });
  expect(image?.hint).toMatch(/<Figure src=.*!\[what it shows\]\(picture\.png\)/);
});

test('an English term to avoid in an Arabic or Chinese page is found by the English list', () => {
  const problems = checkPlanted('terms-across-languages', (campaign) => {
    edit(join(campaign, 'ar/about-the-report.mdx'), (text) => `${text}\nيسمّيها بعضهم child pornography.\n`);
    edit(join(campaign, 'zh/about-the-report.mdx'), (text) => `${text}\n有人说 child prostitution。\n`);
  });
  expect(problems).toEqual([
    expect.objectContaining({ name: 'TerminologyFinding', file: expect.stringMatching(/ar\/about-the-report\.mdx$/) }),
    expect.objectContaining({ name: 'TerminologyFinding', file: expect.stringMatching(/zh\/about-the-report\.mdx$/) }),
  ]);
  expect(problems[0]?.expected ?? problems[0]?.message).toMatch(/child sexual abuse material/);
});

test("the scaffold's materials list is a real list in every language, whatever its separator", () => {
  for (const locale of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) {
    expect(splitMaterials(starterText(locale).toolkit.materials), locale).toHaveLength(2);
  }
  expect(splitMaterials('ورق؛ أقلام')).toEqual(['ورق', 'أقلام']);
  expect(splitMaterials('纸；笔')).toEqual(['纸', '笔']);
});
