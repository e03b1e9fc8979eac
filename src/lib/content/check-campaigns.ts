/**
 * Checks the whole campaigns tree before Astro sees it and gathers every problem: bad
 * YAML, invalid settings, unknown locales, bad dates, bad frontmatter, duplicate URLs,
 * unknown components, bad citations and facts, pictures without alt text or file, help
 * entries due for re-checking, terms that child rights guidance asks writers to avoid,
 * characters of a toolkit that no PDF font can print, code in content (imports, exports,
 * expressions) and links to anything but web, email and phone addresses.
 */
import * as kinds from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { isKnownLocale } from '../../i18n/locales.ts';
import { isValidSlug, slugFromPagePath } from '../routing/slug.ts';
import type { Fact } from '../sources/fact-schema.ts';
import { readCampaignData, type CampaignCheckContext, type CampaignData } from '../model/campaign-data.ts';
import { withMdx, type ProjectModel } from '../model/project.ts';
import { campaignFieldGuide, type CampaignConfig } from './campaign-schema.ts';
import { isToolkitFile, type CampaignFolder, type SourceFile } from './campaign-tree.ts';
import { toolkitActivities } from './activities.ts';
import { fileCheckKey, folderCheckDigest, type CheckCache } from './check-cache.ts';
import { checkMdx } from './check-mdx.ts';
import { checkGlyphs } from './check-glyphs.ts';
import { checkPictures } from './check-pictures.ts';
import { checkTerminology } from './check-terminology.ts';
import { withoutFollowOnProblems } from './follow-on-problems.ts';
import { rulesForProse } from '../terminology/terminology.ts';
import { unsafeContentProblems } from './check-unsafe.ts';
import { mdxElements } from './mdx-elements.ts';
import { PAGE_COMPONENTS, PICTURE_COMPONENTS, TOOLKIT_COMPONENTS } from '../components/registry.ts';
import { pageFieldGuide, pageSchema } from './page-schema.ts';
import { toolkitFieldGuide, toolkitSchema } from './toolkit-schema.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { extractFrontmatter } from '../yaml/yaml.ts';
import { bundledFontCoverage } from '../pdf/font-coverage.ts';
import { KIT_SLUG } from '../routing/kit-files.ts';

// The picture components, which the picture check follows, by name.
const PICTURE_COMPONENT_NAMES: ReadonlySet<string> = new Set(Object.keys(PICTURE_COMPONENTS));

function checkFrontmatter(file: SourceFile): Problem[] {
  const block = extractFrontmatter(file.text);
  if (!block)
    return [
      problem(kinds.FrontmatterMissing, {
        file: file.displayPath,
        line: 1,
        message: 'the file does not start with a "---" block',
      }),
    ];
  const options = { kind: kinds.FrontmatterFieldInvalid, firstLine: block.firstLine };
  if (!isToolkitFile(file))
    return [...readYamlFile(file.displayPath, block.yaml, pageSchema, { ...options, guide: pageFieldGuide }).problems];
  const { data, problems, locate } = readYamlFile(file.displayPath, block.yaml, toolkitSchema, {
    ...options,
    guide: toolkitFieldGuide,
  });
  const total = toolkitActivities(file.text).reduce((sum, activity) => sum + activity.minutes, 0);
  if (!data || total === data.duration) return [...problems];
  return [
    locate({
      kind: kinds.ToolkitDurationMismatch,
      path: ['duration'],
      message: `duration is ${data.duration} but the activities add up to ${total} minutes`,
      expected: `duration: ${total}`,
    }),
  ];
}

function checkHelpBox(file: SourceFile): Problem[] {
  if (!isToolkitFile(file) || mdxElements(file.text).elements.some((element) => element.name === 'HelpBox')) return [];
  return [
    problem(kinds.ToolkitHelpBoxMissing, {
      file: file.displayPath,
      line: file.text.split('\n').length,
      message: 'the toolkit has no <HelpBox />',
      expected: '<HelpBox /> at the end of the toolkit',
    }),
  ];
}

function checkLocation(file: SourceFile, campaignId: string, campaign: CampaignConfig | undefined): Problem[] {
  const [locale, ...rest] = file.pathInCampaign.split('/');
  const where = { file: file.displayPath };
  if (!locale || rest.length === 0) {
    return [
      problem(kinds.PageOutsideLocale, {
        ...where,
        message: `"${file.pathInCampaign}" sits directly in ${campaignId}/`,
      }),
    ];
  }
  if (!isKnownLocale(locale)) {
    return [
      problem(kinds.UnknownLocale, {
        ...where,
        field: 'locale folder',
        message: `"${locale}" is not a locale sidkit knows`,
        expected: campaignFieldGuide.locales,
      }),
    ];
  }
  if (campaign && !campaign.locales.includes(locale)) {
    return [
      problem(kinds.LocaleNotInCampaign, {
        ...where,
        field: 'locale folder',
        message: `"${locale}" is not listed in ${campaignId}/campaign.yaml`,
        expected: `one of: ${campaign.locales.join(', ')}`,
      }),
    ];
  }
  const path = isToolkitFile(file) ? rest.slice(1).join('/') : rest.join('/');
  const slug = slugFromPagePath(path);
  const valid = isValidSlug(slug) && (!isToolkitFile(file) || (slug !== '' && !slug.includes('/')));
  if (valid && !isToolkitFile(file) && slug.split('/')[0] === KIT_SLUG)
    return [
      problem(kinds.PageSlugReserved, {
        ...where,
        message: `"${rest.join('/')}" would take the URL /${locale}/${campaignId}/${slug}/, where sidkit builds the campaign kit`,
        expected: `a file name other than ${KIT_SLUG}.mdx, outside a ${KIT_SLUG}/ folder`,
      }),
    ];
  return valid
    ? []
    : [
        problem(kinds.InvalidPagePath, {
          ...where,
          message: `"${rest.join('/')}" would make the URL "${slug}"`,
          expected: 'lowercase letters, digits and hyphens, e.g. for-parents.mdx; toolkits sit directly in toolkits/',
        }),
      ];
}

function checkDuplicateSlugs(pages: readonly SourceFile[]): Problem[] {
  const seen = new Map<string, SourceFile>();
  const problems: Problem[] = [];
  for (const page of pages) {
    const [locale, ...rest] = page.pathInCampaign.split('/');
    const key = `${locale}/${slugFromPagePath(rest.join('/'))}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        problem(kinds.DuplicateSlug, {
          file: page.displayPath,
          line: 1,
          message: `this page and ${first.displayPath} both become /${key}/`,
          expected: 'one file per URL',
        }),
      );
    } else {
      seen.set(key, page);
    }
  }
  return problems;
}

function checkContent(
  file: SourceFile,
  folder: CampaignFolder,
  campaign: CampaignConfig | undefined,
  facts: readonly Fact[],
  context: CampaignCheckContext,
  files: ReadonlySet<string>,
): Problem[] {
  const location = checkLocation(file, folder.id, campaign);
  const toolkit = isToolkitFile(file);
  const components = toolkit ? TOOLKIT_COMPONENTS : PAGE_COMPONENTS;
  // A picture component in a toolkit is not unknown there: the picture check says why a toolkit cannot show it.
  const checkedElsewhere = toolkit ? PICTURE_COMPONENT_NAMES : undefined;
  const locale = file.pathInCampaign.split('/')[0] ?? '';
  const trustedCode = campaign?.trustedCode === true;
  const mdx = location.length
    ? []
    : checkMdx(file, { components, sources: context.sources, facts, locale, checkedElsewhere, trustedCode });
  const unsafe = location.length ? [] : unsafeContentProblems(file, trustedCode);
  const pictures = location.length ? [] : checkPictures(file, files);
  const terms = location.length
    ? []
    : checkTerminology(
        file,
        rulesForProse(context.terminology, locale, campaign?.locales ?? []),
        campaign?.terminology ?? 'error',
      );
  const glyphs = toolkit ? checkGlyphs(file, bundledFontCoverage()) : [];
  return [
    ...location,
    ...checkFrontmatter(file),
    ...mdx,
    ...unsafe,
    ...(mdx.length ? [] : checkHelpBox(file)),
    ...pictures,
    ...terms,
    ...glyphs,
  ];
}

/** The problems of a folder's MDX files, given what its data files hold; none for an unusable folder. A `cache` answers for files checked before unchanged. */
export function checkCampaignContent(
  folder: CampaignFolder,
  data: CampaignData,
  context: CampaignCheckContext,
  cache?: CheckCache,
): Problem[] {
  if (!data.usable || !folder.config) return [];
  const campaign = data.config;
  const files = new Set(folder.files);
  const check = (file: SourceFile) => checkContent(file, folder, campaign, data.facts, context, files);
  const folderDigest =
    cache && folderCheckDigest(folder.id, { settings: campaign, facts: data.facts, files: folder.files }, context);
  const problems = folder.mdx.flatMap((file) => {
    if (!cache || !folderDigest) return check(file);
    const key = fileCheckKey(folderDigest, file);
    const known = cache.get(key);
    if (known) return [...known];
    const found = check(file);
    cache.set(key, found);
    return found;
  });
  const pages = folder.mdx.filter((file) => !isToolkitFile(file));
  problems.push(...checkDuplicateSlugs(pages));
  if (campaign && !pages.some((page) => page.pathInCampaign === `${campaign.defaultLocale}/index.mdx`)) {
    problems.push(
      problem(kinds.HomePageMissing, {
        file: folder.config.displayPath,
        field: 'defaultLocale',
        message: `there is no ${campaign.defaultLocale}/index.mdx`,
        expected: `a file ${folder.id}/${campaign.defaultLocale}/index.mdx`,
      }),
    );
  }
  return problems;
}

/** Every problem in one campaign folder read into memory, data files and MDX alike: what a planned change is checked with. */
export function checkCampaign(folder: CampaignFolder, context: CampaignCheckContext): Problem[] {
  const data = readCampaignData(folder, context);
  return withoutFollowOnProblems(
    [...data.problems, ...checkCampaignContent(folder, data, context)],
    data.unreadableFacts ? [data.unreadableFacts] : [],
  );
}

/** Every problem in the project: those the model found reading data files, then those of each campaign's MDX (from `cache` where a file is unchanged). */
export function checkProject(model: ProjectModel, cache?: CheckCache): Problem[] {
  const content = model.folders.flatMap((folder) =>
    checkCampaignContent(withMdx(folder), folder.data, model.context, cache),
  );
  const unreadableFacts = model.folders.flatMap((folder) => folder.data.unreadableFacts ?? []);
  return withoutFollowOnProblems([...model.problems, ...content], unreadableFacts);
}
