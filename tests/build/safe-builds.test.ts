import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { buildCampaigns, foldersBesideOutput, type FixtureBuild } from '../helpers/build-fixture.ts';

// One output folder, built five times in a row the way an organiser rebuilds a served site: a good build; a build
// that stops at the PDF step and one that stops at the content check, each of which must leave the first site as it
// was; an unknown --campaign; then --campaign of the one good campaign next to a broken one, which replaces the site.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');
const name = 'safe-builds';
const outDir = join(root, 'tests/.output', name, 'dist');
const shownOut = 'tests/.output/safe-builds/dist/';
const mixed = join(root, 'tests/.output/safe-builds-campaigns');
// Process ids above Linux's largest (2^22): no build with them is running, as after a crash.
// dist.staging is this version's staging folder, claimed in dist.staging.pid; dist.staging-<pid> an earlier version's.
const leftovers = ['dist.staging', 'dist.previous-99999992', 'dist.staging-99999991'];

let pdfFails: FixtureBuild;
let checkFails: FixtureBuild;
let unknown: FixtureBuild;
let onlyAlpha: FixtureBuild;
let concurrent: FixtureBuild;
let siteBefore: Map<string, string>;
const siteAfter: Record<string, Map<string, string>> = {};

/** Every file of the output folder, .git included, by path, with the SHA-256 of its bytes. */
function hashes(): Map<string, string> {
  return new Map(
    filesUnder(outDir).map((file) => [
      relative(outDir, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

beforeAll(() => {
  // A good campaign (multilingual's alpha) next to one whose MDX the content check rejects.
  rmSync(mixed, { recursive: true, force: true });
  cpSync(join(fixtures, 'multilingual/campaigns/alpha'), join(mixed, 'alpha'), { recursive: true });
  cpSync(join(fixtures, 'broken/campaigns/bad-mdx'), join(mixed, 'bad-mdx'), { recursive: true });

  const first = buildCampaigns(name, join(fixtures, 'multilingual/campaigns'));
  if (first.status !== 0) throw new Error(`first build failed:\n${first.output}`);
  // Published as a git worktree, and beside it what two crashed builds left.
  mkdirSync(join(outDir, '.git'), { recursive: true });
  writeFileSync(join(outDir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
  for (const folder of leftovers) {
    mkdirSync(join(dirname(outDir), folder), { recursive: true });
    writeFileSync(join(dirname(outDir), folder, 'index.html'), '<p>half-written</p>');
  }
  writeFileSync(join(dirname(outDir), 'dist.staging.pid'), '99999993\n');
  siteBefore = hashes();

  const keep = { keep: true };
  pdfFails = buildCampaigns(name, join(fixtures, 'toolkit-pictures-broken/campaigns'), {}, keep);
  siteAfter.pdfFails = hashes();
  checkFails = buildCampaigns(name, mixed, {}, keep);
  siteAfter.checkFails = hashes();
  unknown = buildCampaigns(name, mixed, {}, { ...keep, args: ['--campaign', 'nope'] });
  siteAfter.unknown = hashes();
  // A build that is still running (this test's own process stands in for it) holds the staging folder.
  const ownerFile = join(dirname(outDir), 'dist.staging.pid');
  writeFileSync(ownerFile, `${process.pid}\n`);
  concurrent = buildCampaigns(name, join(fixtures, 'multilingual/campaigns'), {}, keep);
  siteAfter.concurrent = hashes();
  rmSync(ownerFile);
  onlyAlpha = buildCampaigns(name, mixed, {}, { ...keep, args: ['--campaign', 'alpha'] });
});

describe('a build that stops', () => {
  test('at the PDF step, after its pages were written, leaves the previous site byte for byte as it was', () => {
    expect(pdfFails.status).toBe(1);
    expect(pdfFails.output).toMatch(/✖ Typst could not make the toolkit PDF/);
    expect(pdfFails.output).toMatch(/generating static routes/);
    expect(siteBefore.size).toBeGreaterThan(40);
    expect(siteAfter.pdfFails).toEqual(siteBefore);
  });

  test('at the content check leaves it as it was too', () => {
    expect(checkFails.status).toBe(1);
    expect(checkFails.output).toMatch(/✖ Unknown component {2}\(.*bad-mdx\/en\/index\.mdx:12:1\)/);
    expect(siteAfter.checkFails).toEqual(siteBefore);
  });

  test('says so in one line, with no stack trace', () => {
    for (const build of [pdfFails, checkFails, unknown]) {
      expect(build.output).toContain(`The build stopped, so the previous site in ${shownOut} was left as it was.`);
      expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });

  test('removes its staging folder, and the next build clears what crashed builds left', () => {
    expect(pdfFails.output).toContain(
      `Removed what earlier builds that stopped left beside ${shownOut}: ${leftovers.join(', ')}.`,
    );
    expect(foldersBesideOutput(outDir)).toEqual([]);
  });
});

describe('a second build of the same output folder', () => {
  test('stops at once with a catalogued error naming the running build, and touches nothing', () => {
    expect(concurrent.status).toBe(1);
    expect(concurrent.output).toContain('Another build of this output folder is running');
    expect(concurrent.output).toContain(
      `process ${process.pid} is building into tests/.output/safe-builds/dist.staging/`,
    );
    expect(concurrent.output).toContain('give each its own SIDKIT_OUT_DIR');
    expect(concurrent.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(siteAfter.concurrent).toEqual(siteAfter.unknown);
  });
});

describe('when one campaign is broken', () => {
  test('the check report ends by saying which campaigns were fine, and how to build them alone', () => {
    expect(checkFails.output).toMatch(
      /sidkit found \d+ error\(s\)[^]*\nBy campaign: alpha: 1 warning; bad-mdx: \d+ errors\.\n/,
    );
    expect(checkFails.output).toMatch(/npm run build -- --campaign alpha\n/);
  });
});

describe('npm run build -- --campaign', () => {
  test('with a name that is not a campaign is a catalogued error that lists the campaigns there are', () => {
    expect(unknown.status).toBe(1);
    expect(unknown.output).toMatch(
      /✖ No such campaign to build {2}\(tests\/\.output\/safe-builds-campaigns\/\)\n\s+field: +--campaign nope\n\s+problem: +there is no campaign "nope" in tests\/\.output\/safe-builds-campaigns\/\n\s+expected: +one of: alpha, bad-mdx\n\s+fix: /,
    );
    expect(unknown.output).not.toMatch(/astro|Checked/i);
    expect(siteAfter.unknown).toEqual(siteBefore);
  });

  test('builds the good campaign while the other is broken, and swaps it in for the previous site', () => {
    expect(onlyAlpha.status, onlyAlpha.output).toBe(0);
    expect(onlyAlpha.output).toMatch(/Building only alpha \(--campaign\)/);
    // Only alpha is checked: bad-mdx's mistakes do not stop it.
    expect(onlyAlpha.output).toMatch(/sidkit found 0 error\(s\) and 1 warning\(s\) in the content/);
    expect(onlyAlpha.output).not.toMatch(/bad-mdx/);
    expect(onlyAlpha.output).toContain(`the new site is in ${shownOut}, in place of the previous one`);
    expect(foldersBesideOutput(outDir)).toEqual([]);
  });

  test('writes that campaign alone: its pages, toolkit PDFs and search index, and none of another campaign', () => {
    for (const page of ['en/alpha/index.html', 'fr/alpha/index.html', 'en/alpha/toolkits/pack/index.html'])
      expect(onlyAlpha.exists(page), page).toBe(true);
    expect(onlyAlpha.exists('en/alpha/toolkits/alpha-pack-en-a4.pdf')).toBe(true);
    expect(onlyAlpha.exists('pagefind/pagefind.js')).toBe(true);
    // beta was in the previous site, bad-mdx is broken: neither is in this one, nor in its sitemap or locale home.
    expect(siteBefore.has('en/beta/index.html')).toBe(true);
    for (const campaign of ['beta', 'bad-mdx']) {
      expect(onlyAlpha.exists(`en/${campaign}`), campaign).toBe(false);
      expect(onlyAlpha.read('sitemap.xml')).not.toContain(`/${campaign}/`);
      expect(onlyAlpha.read('en/index.html')).not.toContain(`/en/${campaign}/`);
    }
    expect(onlyAlpha.read('en/index.html')).toContain('/en/alpha/');
  });

  test('keeps the site-level pages working for it: the root language chooser, search and the 404 page', () => {
    const chooser = onlyAlpha.read('index.html');
    for (const locale of ['en', 'fr', 'ar', 'zh']) expect(chooser).toContain(`/${locale}/`);
    expect(onlyAlpha.exists('en/search/index.html')).toBe(true);
    expect(onlyAlpha.exists('404.html')).toBe(true);
  });

  test("keeps the output folder's .git, which some organisers publish from", () => {
    expect(onlyAlpha.read('.git/HEAD')).toBe('ref: refs/heads/gh-pages\n');
  });
});
