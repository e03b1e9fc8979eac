import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openCheckCache } from '../../../src/lib/content/check-cache.ts';
import { checkProject } from '../../../src/lib/content/check-campaigns.ts';
import { readTestProject } from '../../helpers/project.ts';

// A copy of the broken fixture (five campaigns with problems), checked again and again with one cache folder.
const work = mkdtempSync(join(tmpdir(), 'sidkit-check-cache-'));
const campaigns = join(work, 'campaigns');
const cacheDir = join(work, 'cache');
cpSync(resolve(import.meta.dirname, '../../fixtures/broken/campaigns'), campaigns, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One check of the copy, as a build runs it: open the cache, check, save. */
function check() {
  const cache = openCheckCache(cacheDir)!;
  const problems = checkProject(readTestProject(campaigns), cache);
  cache.save();
  return { problems, ...cache.stats };
}

describe('the content check cache', () => {
  const first = check();

  test('a first check checks every file and finds the problems', () => {
    expect(first.reused).toBe(0);
    expect(first.checked).toBeGreaterThan(2);
    expect(first.problems.length).toBeGreaterThan(0);
  });

  test('a check of unchanged files reads every result back, the same problems in the same order', () => {
    const again = check();
    expect(again.checked).toBe(0);
    expect(again.reused).toBe(first.checked);
    expect(again.problems).toEqual(first.problems);
  });

  test('an edited file alone is checked again, and its new problem is found', () => {
    const page = join(campaigns, 'bad-terms/en/index.mdx');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n<Unknown />\n`);
    const edited = check();
    expect(edited.checked).toBe(1);
    expect(edited.reused).toBe(first.checked - 1);
    expect(edited.problems.length).toBe(first.problems.length + 1);
    expect(edited.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: '<Unknown>' })]));
  });

  test("a change to a campaign's settings checks that campaign's files again, and only them", () => {
    const config = join(campaigns, 'bad-terms/campaign.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('Words the report asks to avoid', 'Words to avoid'));
    const changed = check();
    expect(changed.checked).toBe(2);
    expect(changed.reused).toBe(first.checked - 2);
  });

  test('an unreadable cache file is an empty cache', () => {
    writeFileSync(join(cacheDir, 'content-check.json'), '{ not json');
    expect(check().reused).toBe(0);
  });
});
