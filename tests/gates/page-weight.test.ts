import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { budgetProblems, formatWeight, pageWeight, type Budget } from '../helpers/quality/weight.ts';
import { demo, demoFiles } from '../helpers/demo-site.ts';

// Budgets for a first visit, gzip-compressed, in KB of 1024 bytes.
const CONTENT_PAGE: Budget = { maxGzipBytes: 30 * 1024, noScripts: true };
const CAMPAIGN_HOME: Budget = { maxGzipBytes: 100 * 1024, noScripts: true };
// The root page runs a few lines to pick the visitor's language; each locale's search page
// and activity finder run the scripts that search and filter. No other page runs any.
const SCRIPTED_PAGES = /^(?:index\.html|[a-z]+\/(?:search|activities)\/index\.html)$/;

const check = (page: string, budget: Budget) => {
  const weight = pageWeight(demoFiles(), page, demo.address);
  expect(budgetProblems(weight, budget), formatWeight(weight)).toEqual([]);
};

test('an English content page loads at most 30 KB compressed and no JavaScript', () => {
  check('en/sid-2027/schools/index.html', CONTENT_PAGE);
});

test('the campaign home page, images included, loads at most 100 KB compressed', () => {
  check('en/sid-2027/index.html', CAMPAIGN_HOME);
});

// Pages with the "Leave this site quickly" bar (see showsQuickExit) run its one inline script.
const allowedScripts = (page: string) => (demoFiles().get(page)?.toString('utf8').includes('data-quick-exit') ? 1 : 0);

test('no page but the root, the search pages and the activity finders runs JavaScript, beyond the quick-exit script', () => {
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
    `${page} runs 1 script(s) but must run none`,
  ]);
  expect(formatWeight(weight)).toMatch(/\n +40\.\d KB +\(40\.0 KB raw\) +planted\.jpg\n/);
});
