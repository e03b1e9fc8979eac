import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';

// An organiser fixes a typo and builds again: the warm build reuses every page, PDF and picture the
// edit does not touch, and gives the same bytes as a cold build of the edited content.
const root = resolve(import.meta.dirname, '../..');
const name = 'warm-rebuild';
const campaigns = join(root, 'tests/.output/warm-rebuild-campaigns');
const caches = join(root, 'tests/.output/warm-rebuild-caches');
/** Astro's cache (with its record of built pages) and sidkit's, in a folder that outlives each build's output. */
const cacheEnv = (which: string) => ({
  SIDKIT_CACHE_DIR: join(caches, which, 'astro'),
  SIDKIT_CACHE: join(caches, which, 'sidkit'),
});
const edited = join(campaigns, 'tr/en/about.mdx');

let cold: FixtureBuild;
let warm: FixtureBuild;
let coldAfterEdit: FixtureBuild;
const sites: Record<string, Map<string, Buffer>> = {};

/** Every file of a build's output, by path; the build must have passed. */
function siteFiles(build: FixtureBuild): Map<string, Buffer> {
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  return new Map(filesUnder(build.outDir).map((file) => [relative(build.outDir, file), readFileSync(file)]));
}

beforeAll(() => {
  rmSync(campaigns, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/translations/campaigns'), campaigns, { recursive: true });
  // The same output folder every time: Astro writes its path into the code it bundles.
  cold = buildCampaigns(name, campaigns, cacheEnv('warm'));
  sites.cold = siteFiles(cold);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('TR-EN-ABOUT', 'TR-EN-ABOUT, corrected'));
  warm = buildCampaigns(name, campaigns, cacheEnv('warm'), { keep: true });
  sites.warm = siteFiles(warm);
  coldAfterEdit = buildCampaigns(name, campaigns, cacheEnv('fresh'), { keep: true });
  sites.coldAfterEdit = siteFiles(coldAfterEdit);
});

describe('a warm rebuild after one edit', () => {
  test('renders again only the edited page and its translation, and reuses every other page', () => {
    const restored = [...warm.output.matchAll(/├─ (\S+) \(restored\)/g)].map((match) => match[1]);
    expect(restored.length).toBeGreaterThan(5);
    // The French page says when its original changed, so it is rendered again with it.
    for (const page of ['/en/tr/about/index.html', '/fr/tr/about/index.html']) expect(restored).not.toContain(page);
    expect(restored).toContain('/en/tr/index.html');
    expect(restored).toContain('/es/tr/toolkits/pack/index.html');
    expect(cold.output).not.toContain('(restored)');
  });

  test('prints no PDF or picture again: the edit is in the body, which no card or unchanged pack shows', () => {
    expect(warm.output).toMatch(/Reused (\d+) of \1 PDF\(s\) and picture\(s\) from the build cache .*; made 0\./);
  });

  test('checks only the edited file again: every other file answers from the check cache', () => {
    const files = readdirSync(campaigns, { recursive: true }).filter((file) => String(file).endsWith('.mdx')).length;
    expect(cold.output).not.toContain('from the check cache');
    expect(warm.output).toContain(`no problems (${files - 1} unchanged file(s) from the check cache)`);
  });

  test('gives the same bytes as a cold build of the edited content, file for file', () => {
    expect([...sites.warm!.keys()].sort()).toEqual([...sites.coldAfterEdit!.keys()].sort());
    for (const [path, bytes] of sites.coldAfterEdit!) expect(sites.warm!.get(path)?.equals(bytes), path).toBe(true);
    expect(sites.warm!.get('en/tr/about/index.html')!.toString()).toContain('TR-EN-ABOUT, corrected');
    expect(sites.cold!.get('en/tr/about/index.html')!.equals(sites.warm!.get('en/tr/about/index.html')!)).toBe(false);
  });
});
