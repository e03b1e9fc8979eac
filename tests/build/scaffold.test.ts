import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../helpers/quality/links.ts';
import { readSite } from '../helpers/quality/site.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { parsePage } from '../helpers/html.ts';

const root = resolve(import.meta.dirname, '../..');
const campaigns = join(root, 'tests/.output/scaffold-campaigns');
const env = { SIDKIT_CAMPAIGNS: campaigns };
const newCommand = (...args: string[]): CliRun => runCli('new', args, env);
const files = (): string[] => readdirSync(campaigns, { recursive: true }).map(String).sort();

let build: FixtureBuild;
const runs: Record<string, CliRun> = {};

beforeAll(() => {
  rmSync(campaigns, { recursive: true, force: true });
  mkdirSync(campaigns, { recursive: true });
  runs.campaign = newCommand(
    'campaign',
    'sid-2028',
    '--title',
    'Safer Internet Day 2028',
    '--date',
    '2028-02-08',
    '--locales',
    'en,fr,ar',
  );
  runs.page = newCommand('page', 'sid-2028', 'for-schools', '--title', 'For schools');
  runs.toolkit = newCommand('toolkit', 'sid-2028', 'online-friends', '--audience', 'ages-11-14');
  runs.locale = newCommand('locale', 'sid-2028', 'es');
  runs.kit = newCommand('kit', 'sid-2028');
  // The English home page changes after its translations were made: they are now outdated.
  appendFileSync(join(campaigns, 'sid-2028/en/index.mdx'), '\nA paragraph added after the translations were made.\n');
  build = buildCampaigns('scaffold', campaigns, { SIDKIT_BASE: '/sid/' });
  if (build.status !== 0) throw new Error(`scaffolded campaign did not build:\n${build.output}`);
});

describe('npm run new', () => {
  test('writes a campaign, a page, a toolkit, a language and a kit, and says what to do next', () => {
    for (const run of Object.values(runs)) expect(run.status, run.stderr).toBe(0);
    expect(runs.campaign?.stdout).toContain('tests/.output/scaffold-campaigns/sid-2028/campaign.yaml');
    expect(runs.campaign?.stdout).toContain('Translate the title for fr, ar in campaign.yaml.');
    expect(files()).toEqual([
      'sid-2028',
      'sid-2028/ar',
      'sid-2028/ar/get-help.mdx',
      'sid-2028/ar/index.mdx',
      'sid-2028/campaign.yaml',
      'sid-2028/en',
      'sid-2028/en/for-schools.mdx',
      'sid-2028/en/get-help.mdx',
      'sid-2028/en/index.mdx',
      'sid-2028/en/toolkits',
      'sid-2028/en/toolkits/online-friends.mdx',
      'sid-2028/es',
      'sid-2028/es/get-help.mdx',
      'sid-2028/es/index.mdx',
      'sid-2028/fr',
      'sid-2028/fr/get-help.mdx',
      'sid-2028/fr/index.mdx',
      'sid-2028/help.yaml',
      'sid-2028/kit.yaml',
    ]);
    expect(runs.kit?.stdout).toContain('tests/.output/scaffold-campaigns/sid-2028/kit.yaml');
  });

  test('bad arguments give one report, exit code 1, and write nothing', () => {
    const before = files();
    const bad = newCommand('campaign', 'sid-2028', '--title', 'Again', '--date', '2028-02-31', '--locales', 'en,xx');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sidkit found 3 error(s) and 0 warning(s) in the command:');
    expect(bad.stderr).toMatch(/✖ Name is already taken {2}\(tests\/\.output\/scaffold-campaigns\/sid-2028\/\)/);
    expect(bad.stderr).toMatch(
      /✖ Invalid date {2}\(npm run new -- campaign\)\n\s+field: +--date\n\s+problem: +"2028-02-31" is not a real calendar date/,
    );
    expect(bad.stderr).toMatch(
      /✖ Unknown locale {2}\(npm run new -- campaign\)\n\s+field: +--locales\n\s+problem: +"xx" is not a locale sidkit knows/,
    );
    expect(bad.stderr).toContain('Nothing was written.');
    for (const args of [
      ['page', 'nope', 'x'],
      ['page', 'sid-2028', 'Bad Path'],
      ['toolkit', 'sid-2028', 'x', '--audience', 'kids'],
      ['locale', 'sid-2028', 'fr'],
      ['kit', 'sid-2028'],
      ['frob'],
    ]) {
      expect(newCommand(...args).status, args.join(' ')).toBe(1);
    }
    expect(files()).toEqual(before);
  });
});

describe('the scaffolded campaign, built under /sid/', () => {
  test('has its pages in every locale and the toolkit with its PDFs', () => {
    for (const locale of ['en', 'fr', 'ar', 'es']) {
      for (const slug of ['', 'get-help/', 'for-schools/', 'toolkits/online-friends/'])
        expect(build.exists(`${locale}/sid-2028/${slug}index.html`), `${locale}/${slug}`).toBe(true);
    }
    expect(build.exists('en/sid-2028/toolkits/sid-2028-online-friends-en-a4.pdf')).toBe(true);
    expect(parsePage(build.read('fr/sid-2028/get-help/index.html')).text('article')).toContain(
      'Si quelque chose en ligne vous a fait peur',
    );
    expect(parsePage(build.read('ar/sid-2028/index.html')).text('main')).toContain('معًا من أجل إنترنت أفضل');
  });

  test('shows the outdated notice where the original changed, and only there', () => {
    const notice = parsePage(build.read('fr/sid-2028/index.html')).one('.outdated-notice');
    expect(notice).toBeDefined();
    const page = parsePage(build.read('fr/sid-2028/index.html'));
    expect(page.text('.outdated-notice')).toContain('L’original a changé depuis cette traduction');
    expect(page.attr('.outdated-notice a', 'href')).toBe('/sid/en/sid-2028/');
    expect(parsePage(build.read('ar/sid-2028/index.html')).text('.outdated-notice')).toContain('تغيّر النص الأصلي');
    expect(parsePage(build.read('fr/sid-2028/get-help/index.html')).one('.outdated-notice')).toBeUndefined();
    expect(parsePage(build.read('en/sid-2028/index.html')).one('.outdated-notice')).toBeUndefined();
    expect(parsePage(build.read('fr/sid-2028/for-schools/index.html')).one('.outdated-notice')).toBeUndefined();
  });

  test('every internal link, asset, PDF and ZIP resolves under the sub-path', () => {
    const report = checkLinks(readSite(build.outDir), { base: '/sid/' });
    expect(report.checked).toBeGreaterThan(100);
    expect(report.broken, formatBrokenLinks(report.broken)).toEqual([]);
  });
});
