import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const root = resolve(import.meta.dirname, '../..');
const campaigns = join(root, 'tests/.output/i18n-status/campaigns');
const env = { SIDKIT_CAMPAIGNS: campaigns };
const status = () =>
  JSON.parse(runCli('i18n-status', ['--json'], env).stdout) as {
    campaigns: { locales: { locale: string; counts: Record<string, number> }[] }[];
  };
const counts = () => Object.fromEntries(status().campaigns[0]!.locales.map((locale) => [locale.locale, locale.counts]));

beforeAll(() => {
  rmSync(join(root, 'tests/.output/i18n-status'), { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/translations/campaigns'), campaigns, { recursive: true });
});

test('reports translated, outdated, untracked and missing pages and toolkits per locale', () => {
  expect(counts()).toEqual({
    fr: { translated: 1, outdated: 1, untracked: 0, missing: 1 },
    es: { translated: 0, outdated: 0, untracked: 1, missing: 2 },
  });
  const table = runCli('i18n-status', [], env);
  expect(table.status).toBe(0);
  expect(table.stdout).toContain('  fr               1         1          0        1');
  expect(runCli('i18n-status', ['--strict'], env).status).toBe(1);
});

test('editing the original makes its translation outdated, and --mark records it as up to date again', () => {
  const translation = join(campaigns, 'tr/fr/index.mdx');
  appendFileSync(join(campaigns, 'tr/en/index.mdx'), '\nA new paragraph in the original.\n');
  expect(counts().fr).toEqual({ translated: 0, outdated: 2, untracked: 0, missing: 1 });

  const before = readFileSync(translation, 'utf8');
  const marked = runCli('i18n-status', ['--mark', 'tests/.output/i18n-status/campaigns/tr/fr/index.mdx'], env);
  expect(marked.status).toBe(0);
  expect(marked.stdout).toContain(
    'Marked tests/.output/i18n-status/campaigns/tr/fr/index.mdx as translated from tests/.output/i18n-status/campaigns/tr/en/index.mdx',
  );
  expect(counts().fr).toEqual({ translated: 1, outdated: 1, untracked: 0, missing: 1 });
  const after = readFileSync(translation, 'utf8');
  expect(after.replace(/sourceHash: \S+/, '')).toBe(before.replace(/sourceHash: \S+/, ''));
});

test('--mark refuses a file that is not a translation, and changes nothing', () => {
  const original = join(campaigns, 'tr/en/about.mdx');
  const before = readFileSync(original, 'utf8');
  const refused = runCli('i18n-status', ['--mark', 'tests/.output/i18n-status/campaigns/tr/en/about.mdx'], env);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(
    /✖ File is not a translation {2}\(tests\/\.output\/i18n-status\/campaigns\/tr\/en\/about\.mdx\)\n\s+problem: .*default locale "en"/,
  );
  expect(readFileSync(original, 'utf8')).toBe(before);
});
