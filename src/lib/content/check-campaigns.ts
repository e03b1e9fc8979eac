/**
 * Checks the whole campaigns tree before Astro sees it and gathers every problem: bad
 * YAML, invalid settings, unknown locales, bad dates, bad frontmatter, duplicate URLs.
 */
import type { z } from 'astro/zod';
import * as kinds from '../errors/catalogue.ts';
import { problem, type Problem, type ProblemKind } from '../errors/problem.ts';
import { isKnownLocale } from '../../i18n/locales.ts';
import { isValidSlug, RESERVED_FOLDERS, slugFromPagePath } from '../routing/slug.ts';
import { campaignFieldGuide, campaignSchema, type CampaignConfig } from './campaign-schema.ts';
import type { CampaignFolder, SourceFile } from './campaign-tree.ts';
import { pageFieldGuide, pageSchema } from './page-schema.ts';
import { schemaProblems } from './schema-problems.ts';
import { extractFrontmatter, parseYaml } from './yaml.ts';

function campaignKindForIssue(issue: z.core.$ZodIssue, field: string): ProblemKind | undefined {
  const tag = issue.code === 'custom' ? (issue.params as { kind?: string } | undefined)?.kind : undefined;
  if (tag === 'contrast') return kinds.LowContrastColour;
  if (tag === 'ui-key') return kinds.UnknownUiString;
  if (field === 'date') return kinds.InvalidDate;
  if (/^(defaultLocale|locales(\.\d+)?|ui\.[^.]+)$/.test(field) && issue.message.includes('not a locale')) return kinds.UnknownLocale;
  return undefined;
}

function checkConfig(folder: CampaignFolder, config: SourceFile): { problems: Problem[]; campaign?: CampaignConfig } {
  const yaml = parseYaml(config.text);
  if (yaml.errors.length) {
    return { problems: yaml.errors.map((e) => problem(kinds.YamlSyntax, { file: config.displayPath, line: e.line, column: e.column, message: e.message })) };
  }
  const result = campaignSchema.safeParse(yaml.data ?? {});
  if (!result.success) {
    const problems = schemaProblems({ error: result.error, file: config.displayPath, yaml, kind: kinds.CampaignFieldInvalid, guide: campaignFieldGuide, kindForIssue: campaignKindForIssue });
    return { problems };
  }
  const logo = result.data.brand.logo;
  const logoProblems = logo && !folder.files.includes(logo)
    ? [problem(kinds.LogoInvalid, { file: config.displayPath, line: yaml.lineOf(['brand', 'logo']), field: 'brand.logo', message: `there is no file "${logo}" in ${folder.id}/`, expected: campaignFieldGuide['brand.logo'] })]
    : [];
  return { problems: logoProblems, campaign: result.data };
}

function checkFrontmatter(page: SourceFile): Problem[] {
  const block = extractFrontmatter(page.text);
  if (!block) return [problem(kinds.FrontmatterMissing, { file: page.displayPath, line: 1, message: 'the file does not start with a "---" block' })];
  const yaml = parseYaml(block.yaml, block.firstLine);
  if (yaml.errors.length) {
    return yaml.errors.map((e) => problem(kinds.YamlSyntax, { file: page.displayPath, line: e.line, column: e.column, message: e.message }));
  }
  const result = pageSchema.safeParse(yaml.data ?? {});
  return result.success ? [] : schemaProblems({ error: result.error, file: page.displayPath, yaml, kind: kinds.FrontmatterFieldInvalid, guide: pageFieldGuide });
}

function checkPageLocation(page: SourceFile, campaignId: string, campaign: CampaignConfig | undefined): Problem[] {
  const [locale, ...rest] = page.pathInCampaign.split('/');
  const file = page.displayPath;
  if (!locale || rest.length === 0) {
    return [problem(kinds.PageOutsideLocale, { file, message: `"${page.pathInCampaign}" sits directly in ${campaignId}/` })];
  }
  if (!isKnownLocale(locale)) {
    return [problem(kinds.UnknownLocale, { file, field: 'locale folder', message: `"${locale}" is not a locale sidkit knows`, expected: campaignFieldGuide.locales })];
  }
  if (campaign && !campaign.locales.includes(locale)) {
    return [problem(kinds.LocaleNotInCampaign, { file, field: 'locale folder', message: `"${locale}" is not listed in ${campaignId}/campaign.yaml`, expected: `one of: ${campaign.locales.join(', ')}` })];
  }
  const slug = slugFromPagePath(rest.join('/'));
  return isValidSlug(slug) ? [] : [problem(kinds.InvalidPagePath, { file, message: `"${rest.join('/')}" would make the URL "${slug}"`, expected: 'lowercase letters, digits and hyphens, e.g. for-parents.mdx' })];
}

function checkDuplicateSlugs(pages: readonly SourceFile[]): Problem[] {
  const seen = new Map<string, SourceFile>();
  const problems: Problem[] = [];
  for (const page of pages) {
    const [locale, ...rest] = page.pathInCampaign.split('/');
    const key = `${locale}/${slugFromPagePath(rest.join('/'))}`;
    const first = seen.get(key);
    if (first) {
      problems.push(problem(kinds.DuplicateSlug, { file: page.displayPath, line: 1, message: `this page and ${first.displayPath} both become /${key}/`, expected: 'one file per URL' }));
    } else {
      seen.set(key, page);
    }
  }
  return problems;
}

/** Pages of a campaign, without files in reserved folders such as toolkits/. */
export function pageFiles(folder: CampaignFolder): SourceFile[] {
  return folder.pages.filter((page) => !RESERVED_FOLDERS.some((name) => page.pathInCampaign.split('/')[1] === name));
}

/** Every problem in one campaign folder. */
export function checkCampaign(folder: CampaignFolder): Problem[] {
  if (!folder.config) {
    return [problem(kinds.CampaignFileMissing, { file: folder.id + '/', message: `no campaign.yaml in ${folder.id}/` })];
  }
  const { problems, campaign } = checkConfig(folder, folder.config);
  const pages = pageFiles(folder);
  problems.push(...pages.flatMap((page) => [...checkPageLocation(page, folder.id, campaign), ...checkFrontmatter(page)]));
  problems.push(...checkDuplicateSlugs(pages));
  if (campaign && !pages.some((page) => page.pathInCampaign === `${campaign.defaultLocale}/index.mdx`)) {
    problems.push(problem(kinds.HomePageMissing, { file: folder.config.displayPath, field: 'defaultLocale', message: `there is no ${campaign.defaultLocale}/index.mdx`, expected: `a file ${folder.id}/${campaign.defaultLocale}/index.mdx` }));
  }
  return problems;
}

/** Every problem in every campaign folder. */
export function checkCampaigns(folders: readonly CampaignFolder[]): Problem[] {
  return folders.flatMap(checkCampaign);
}
