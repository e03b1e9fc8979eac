import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';

// A site larger than SIDKIT_SLICE_PAGES is built one slice of locales at a time (src/cli/build.ts). With a
// limit of one page, each of the multilingual fixture's four locales is its own slice: two campaigns, fallbacks
// in every direction, a search index over all of them.
let whole: FixtureBuild;
let sliced: FixtureBuild;
const site = { SIDKIT_SITE: 'https://sid.example.net' };
const fixture = join(import.meta.dirname, '../fixtures/multilingual/campaigns');

function siteFiles(build: FixtureBuild): Map<string, Buffer> {
  return new Map(filesUnder(build.outDir).map((file) => [relative(build.outDir, file), readFileSync(file)]));
}

beforeAll(() => {
  whole = buildCampaigns('multilingual-whole', fixture, site);
  // What an earlier build left is emptied first, except .git, as Astro does: some organisers publish dist/ as a git worktree.
  const outDir = join(import.meta.dirname, '../.output/multilingual-sliced/dist');
  rmSync(dirname(outDir), { recursive: true, force: true });
  mkdirSync(join(outDir, '.git'), { recursive: true });
  writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
  writeFileSync(join(outDir, 'stale.html'), '<p>from an earlier build</p>');
  sliced = buildCampaigns('multilingual-sliced', fixture, { ...site, SIDKIT_SLICE_PAGES: '1' }, { keep: true });
  for (const build of [whole, sliced])
    if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('a build in slices of locales', () => {
  test('is planned from the pages per locale and says so, slice by slice', () => {
    expect(whole.output).not.toMatch(/slices/);
    expect(sliced.output).toMatch(/building in 4 slices of at most 1 pages/);
    for (const [index, locale] of ['en', 'fr', 'ar', 'zh'].entries())
      expect(sliced.output).toMatch(new RegExp(`Slice ${index + 1} of 4: ${locale} \\(\\d+ pages\\)`));
    // Checked once before the slices, not once per slice; finished once after them.
    const contentChecks = /Checked 2 campaign\(s\)|found 0 error\(s\) and \d+ warning\(s\) in the content/g;
    expect(whole.output.match(contentChecks)).toHaveLength(1);
    expect(sliced.output.match(contentChecks)).toHaveLength(1);
    expect(sliced.output.match(/Indexed \d+ page\(s\)/g)).toHaveLength(1);
  });

  test('writes the same site as one build, file for file and byte for byte', () => {
    expect(existsSync(join(sliced.outDir, '.git/HEAD'))).toBe(true);
    const expected = siteFiles(whole);
    const actual = new Map([...siteFiles(sliced)].filter(([path]) => !path.startsWith('.git/')));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(40);
    for (const [path, bytes] of expected) expect(actual.get(path)?.equals(bytes), path).toBe(true);
  });

  test('keeps links across slices: navigation, language picker and hreflang name every locale', () => {
    const page = sliced.read('zh/alpha/index.html');
    for (const locale of ['en', 'fr', 'ar']) expect(page).toContain(`hreflang="${locale}"`);
    expect(sliced.read('sitemap.xml')).toContain('/ar/alpha/');
  });

  test('checks all content once before the first slice: one report, exit code 1, nothing built', () => {
    // Two broken campaigns whose settings are valid, so that the build is planned in slices (en, fr).
    const campaigns = join(import.meta.dirname, '../.output/sliced-broken-campaigns');
    rmSync(campaigns, { recursive: true, force: true });
    for (const name of ['bad-mdx', 'bad-terms'])
      cpSync(join(import.meta.dirname, '../fixtures/broken/campaigns', name), join(campaigns, name), {
        recursive: true,
      });
    const broken = buildCampaigns('sliced-broken', campaigns, { SIDKIT_SLICE_PAGES: '1' });
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/building in 2 slices/);
    expect(broken.output).toMatch(/bad-mdx\/en\/index\.mdx/);
    expect(broken.output).toMatch(/bad-terms\/fr\/index\.mdx/);
    expect(broken.output).not.toMatch(/Slice 1 of/);
    expect(broken.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(broken.exists('index.html')).toBe(false);
  });
});
