import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCommandLine } from '../../../src/lib/cli/arguments.ts';
import { parseKit } from '../../../src/lib/kit/kit.ts';
import { withMdx } from '../../../src/lib/model/project.ts';
import { parseYaml } from '../../../src/lib/yaml/yaml.ts';
import { NEW_COMMANDS } from '../../../src/lib/scaffold/commands.ts';
import type { Plan } from '../../../src/lib/scaffold/plan.ts';
import { recordedSourceHash } from '../../../src/lib/translation/frontmatter-hash.ts';
import { sourceHash } from '../../../src/lib/translation/source-hash.ts';
import { readTestProject } from '../../helpers/project.ts';

const campaignsDir = resolve(import.meta.dirname, '../../fixtures/multilingual/campaigns');
const model = readTestProject(campaignsDir);
const context = { ...model.context, campaignsDir, campaigns: model.folders.map(withMdx) };

/** Plans `npm run new -- <args>` against the multilingual fixture, writing nothing. */
function plan(...args: string[]): Plan {
  const command = NEW_COMMANDS[args[0] ?? '']!;
  const read = readCommandLine(`npm run new -- ${args[0]}`, args, command.options);
  if ('problems' in read) return { ok: false, problems: read.problems };
  return command.plan(read.line, context);
}
const names = (result: Plan) => (result.ok ? [] : result.problems.map((p) => p.name));
const paths = (result: Plan) => (result.ok ? result.files.map((file) => file.path.slice(campaignsDir.length + 1)) : []);
const text = (result: Plan, path: string) =>
  (result.ok ? result.files.find((file) => file.path.endsWith(path))?.text : undefined) ?? '';

describe('new campaign', () => {
  const created = plan('campaign', 'gamma', '--title', 'Gamma: Day', '--date', '2028-02-08', '--locales', 'en,fr,ar');

  test('plans campaign.yaml, help.yaml and a home and help page per locale', () => {
    expect(paths(created)).toEqual([
      'gamma/campaign.yaml',
      'gamma/help.yaml',
      'gamma/en/index.mdx',
      'gamma/en/get-help.mdx',
      'gamma/fr/index.mdx',
      'gamma/fr/get-help.mdx',
      'gamma/ar/index.mdx',
      'gamma/ar/get-help.mdx',
    ]);
    const config = parseYaml(text(created, 'campaign.yaml')).data;
    expect(config).toMatchObject({
      title: { en: 'Gamma: Day', fr: 'Gamma: Day', ar: 'Gamma: Day' },
      tagline: { fr: 'Ensemble pour un meilleur Internet' },
      date: '2028-02-08',
      defaultLocale: 'en',
      locales: ['en', 'fr', 'ar'],
    });
    expect(parseYaml(text(created, 'help.yaml')).data).toEqual([]);
  });

  test('writes the starter pages in each language, recorded as translations of the default locale', () => {
    expect(text(created, 'fr/index.mdx')).toContain('a lieu le mardi 8 février 2028');
    expect(text(created, 'ar/get-help.mdx')).toContain('<HelpBox />');
    expect(recordedSourceHash(text(created, 'fr/get-help.mdx'))).toBe(sourceHash(text(created, 'en/get-help.mdx')));
    expect(recordedSourceHash(text(created, 'en/index.mdx'))).toBeUndefined();
  });

  test('reports every bad argument at once and plans nothing', () => {
    expect(names(plan('campaign', 'Bad Name', '--date', '2028-02-30', '--locales', 'en,xx'))).toEqual([
      'NameInvalid',
      'CommandInvalid',
      'InvalidDate',
      'UnknownLocale',
    ]);
    expect(names(plan('campaign', 'alpha', '--title', 'A', '--date', '2028-02-08'))).toEqual(['NameTaken']);
    expect(names(plan('campaign', 'x', '--title', 'A', '--date', '2028-02-08', '--colour', 'red'))).toEqual([
      'CommandInvalid',
    ]);
  });

  test("refuses a campaign that would not build, with the build's own problem", () => {
    const refused = plan('campaign', 'x', '--title', 'A', '--date', '2028-02-08', '--organiser-url', 'not a url');
    expect(refused.ok ? [] : refused.problems.map((p) => [p.name, p.field])).toEqual([
      ['CampaignFieldInvalid', 'organiser.url'],
    ]);
  });
});

describe('new page and toolkit', () => {
  test('a page goes into the default locale under its path', () => {
    const page = plan('page', 'alpha', 'guides/privacy', '--title', 'Privacy');
    expect(paths(page)).toEqual(['alpha/en/guides/privacy.mdx']);
    expect(text(page, 'privacy.mdx')).toMatch(/^---\ntitle: Privacy\n/);
  });

  test('a page address must be free, valid and outside toolkits/', () => {
    expect(names(plan('page', 'alpha', 'about'))).toEqual(['NameTaken']);
    expect(names(plan('page', 'alpha', 'guide'))).toEqual(['NameTaken']);
    expect(names(plan('page', 'alpha', 'toolkits/x'))).toEqual(['NameInvalid']);
    expect(names(plan('page', 'alpha', 'For Schools'))).toEqual(['NameInvalid']);
    expect(names(plan('page', 'nowhere', 'x'))).toEqual(['CampaignNotFound']);
  });

  test('a toolkit skeleton passes every toolkit check, duration included', () => {
    const toolkit = plan('toolkit', 'alpha', 'online-friends', '--audience', 'ages-11-14');
    expect(paths(toolkit)).toEqual(['alpha/en/toolkits/online-friends.mdx']);
    for (const part of [
      'audience: ages-11-14',
      'duration: 20',
      '<Vocabulary />',
      'minutes={20}',
      '<Steps>',
      '<Discussion>',
      '<Worksheet',
      '<HelpBox />',
    ])
      expect(text(toolkit, '.mdx')).toContain(part);
    expect(names(plan('toolkit', 'alpha', 'x', '--audience', 'kids'))).toEqual(['CommandInvalid']);
  });
});

describe('new locale', () => {
  test("adds the locale to campaign.yaml in place and copies the home and help pages with their originals' hashes", () => {
    const added = plan('locale', 'alpha', 'es');
    expect(paths(added)).toEqual(['alpha/campaign.yaml', 'alpha/es/get-help.mdx', 'alpha/es/index.mdx']);
    const config = text(added, 'campaign.yaml');
    expect(config).toContain('locales: [en, fr, ar, zh, es]');
    expect(parseYaml(config).data).toMatchObject({
      title: { es: 'Alpha Day' },
      tagline: { es: 'Juntos por una internet mejor' },
    });
    const original = context.campaigns
      .find((folder) => folder.id === 'alpha')!
      .mdx.find((file) => file.pathInCampaign === 'en/index.mdx')!.text;
    expect(recordedSourceHash(text(added, 'es/index.mdx'))).toBe(sourceHash(original));
  });

  test('refuses a locale the campaign has or sidkit does not know', () => {
    expect(names(plan('locale', 'alpha', 'fr'))).toEqual(['NameTaken']);
    expect(names(plan('locale', 'alpha', 'de'))).toEqual(['UnknownLocale']);
  });
});

describe('new kit', () => {
  const alpha = context.campaigns.find((folder) => folder.id === 'alpha')!;

  test('plans a kit.yaml with starter text in each of the campaign’s locales that passes every kit check', () => {
    const kit = plan('kit', 'alpha');
    expect(paths(kit)).toEqual(['alpha/kit.yaml']);
    const { problems, kit: parsed } = parseKit('kit.yaml', text(kit, 'kit.yaml'), {
      locales: alpha.data.config!.locales,
      facts: [],
      terminology: { rules: context.terminology!, mode: 'error' },
    });
    expect(problems).toEqual([]);
    expect(Object.keys(parsed!.messages[0]!.text)).toEqual(['en', 'fr', 'ar', 'zh']);
    expect(parsed!.messages[0]!.text.fr).toContain('a lieu le');
    expect(parsed!.press?.contact).toEqual(alpha.data.config!.organiser);
    expect(kit.ok && kit.next.join('\n')).toContain('npm run check');
  });

  test('never overwrites a kit.yaml, and needs a campaign', () => {
    const withKit = { ...alpha, kit: { pathInCampaign: 'kit.yaml', displayPath: 'alpha/kit.yaml', text: '' } };
    const refused = NEW_COMMANDS.kit!.plan(
      { positionals: ['kit', 'alpha'], values: {} },
      { ...context, campaigns: context.campaigns.map((folder) => (folder.id === 'alpha' ? withKit : folder)) },
    );
    expect(refused.ok ? [] : refused.problems.map((p) => [p.name, p.file, p.message])).toEqual([
      ['KitFileExists', 'alpha/kit.yaml', 'alpha already has a kit.yaml'],
    ]);
    expect(names(plan('kit', 'nowhere'))).toEqual(['CampaignNotFound']);
    expect(names(plan('kit'))).toEqual(['CommandInvalid']);
    expect(names(plan('kit', 'alpha', 'extra'))).toEqual(['CommandInvalid']);
  });
});
