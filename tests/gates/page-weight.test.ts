import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { budgetProblems, formatWeight, pageWeight, type Budget } from '../helpers/quality/weight.ts';
import { demo, demoFiles } from '../helpers/demo-site.ts';

// Budgets for a first visit, gzip-compressed, in KB of 1024 bytes. The one script a page may run is
// the header's few inline lines that close its menus on Escape or a tap elsewhere.
const CONTENT_PAGE: Budget = { maxGzipBytes: 30 * 1024, maxScripts: 1 };
const CONTENT_PAGE_WITH_PICTURES: Budget = { maxGzipBytes: 60 * 1024, maxScripts: 1 };
const CAMPAIGN_HOME: Budget = { maxGzipBytes: 100 * 1024, maxScripts: 1 };
// The root page runs a few lines to pick the visitor's language; each locale's search page
// and activity finder run the scripts that search and filter. No other page runs any.
const SCRIPTED_PAGES = /^(?:index\.html|[a-z]+\/(?:search|activities)\/index\.html)$/;

const check = (page: string, budget: Budget) => {
  const weight = pageWeight(demoFiles(), page, demo.address);
  expect(budgetProblems(weight, budget), formatWeight(weight)).toEqual([]);
};

test('an English content page without pictures loads at most 30 KB compressed and no JavaScript', () => {
  check('en/sid-2027/about-the-report/index.html', CONTENT_PAGE);
});

test('a content page with its pictures loads at most 60 KB compressed on a 390 px phone, one file per picture', () => {
  const page = 'en/sid-2027/schools/index.html';
  const weight = pageWeight(demoFiles(), page, demo.address);
  const pictures = weight.files.filter((file) => file.file.startsWith('_astro/classroom.'));
  // The picture's AVIF at 1200 px, what a 3x phone picks for a 358 px slot; not its eleven other versions.
  expect(
    pictures.map((file) => file.file),
    formatWeight(weight),
  ).toEqual([expect.stringMatching(/\.avif$/)]);
  expect(budgetProblems(weight, CONTENT_PAGE_WITH_PICTURES), formatWeight(weight)).toEqual([]);
  // The French page falls back to the English one, and loads the same picture.
  const fallback = pageWeight(demoFiles(), 'fr/sid-2027/schools/index.html', demo.address);
  expect(fallback.files.map((file) => file.file)).toContain(pictures[0]!.file);
  expect(budgetProblems(fallback, CONTENT_PAGE_WITH_PICTURES), formatWeight(fallback)).toEqual([]);
});

test('the campaign home page, images included, loads at most 100 KB compressed', () => {
  check('en/sid-2027/index.html', CAMPAIGN_HOME);
});

// Pages with a header run its inline script that closes the menus; pages with the "Leave this site
// quickly" bar (see showsQuickExit) run its one inline script too, and toolkits with quizzes the few
// inline lines that mark each quiz (one per quiz, since each marks only the quizzes not yet marked);
// the kit page its copy buttons' script, the certificate page its Print button's, and the supporters
// wall's pages the script that filters in place.
const allowedScripts = (page: string) => {
  const html = demoFiles().get(page)?.toString('utf8') ?? '';
  const quizzes = html.split('<script data-quiz-script').length - 1;
  const marks = [
    '<script data-header-disclosures>',
    'data-quick-exit',
    '<script data-kit-copy>',
    '<script data-kit-print>',
    '<script data-supporters-filter>',
  ];
  return marks.filter((mark) => html.includes(mark)).length + quizzes;
};

test('no page but the root, the search pages and the activity finders runs JavaScript, beyond the header, quick-exit, quiz and kit scripts', () => {
  const pages = [...demoFiles().keys()].filter((file) => file.endsWith('.html') && !SCRIPTED_PAGES.test(file));
  const running = pages
    .map((page) => pageWeight(demoFiles(), page, demo.address))
    .filter((weight) => weight.scripts > allowedScripts(weight.page));
  expect(running.map(formatWeight)).toEqual([]);
});

test('the gate catches a planted heavy image and a planted script, with a per-file breakdown', () => {
  const site = new Map(demoFiles());
  const page = 'en/sid-2027/schools/index.html';
  site.set('planted.jpg', randomBytes(40 * 1024));
  site.set(
    page,
    Buffer.from(
      site
        .get(page)!
        .toString('utf8')
        .replace('</h1>', '</h1><img src="/planted.jpg" alt=""><script src="/planted.js"></script>'),
    ),
  );
  const weight = pageWeight(site, page, demo.address);
  expect(budgetProblems(weight, CONTENT_PAGE)).toEqual([
    expect.stringMatching(
      /^en\/sid-2027\/schools\/index\.html loads [\d.]+ KB compressed, over its budget of 30\.0 KB$/,
    ),
    `${page} runs 2 script(s) but must run at most 1`,
  ]);
  expect(formatWeight(weight)).toMatch(/\n +40\.\d KB +\(40\.0 KB raw\) +planted\.jpg\n/);
});
