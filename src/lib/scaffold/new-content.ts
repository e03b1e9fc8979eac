/**
 * `npm run new -- page <campaign> <path>` and `npm run new -- toolkit <campaign> <name>
 * --audience …`: plan one new file in the campaign's default locale, a blank page or a
 * toolkit skeleton, after checking that its address is valid and free.
 */
import { join, relative } from 'node:path';
import { argumentProblem, stringOption, type CommandLine } from '../cli/arguments.ts';
import { isToolkitFile, TOOLKITS_FOLDER } from '../content/campaign-tree.ts';
import { AUDIENCES, type Audience } from '../content/toolkit-schema.ts';
import { NameInvalid, NameTaken } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { isValidSlug, SLUG_SEGMENT, slugFromPagePath } from '../routing/slug.ts';
import { TOOLKITS_SLUG } from '../routing/routes.ts';
import { translationKey } from '../translation/status.ts';
import { existingCampaign, type ExistingCampaign } from '../cli/existing-campaign.ts';
import { checkedPlan, refused, type Plan, type ScaffoldContext } from './plan.ts';
import { blankPage, titleFromSlug, toolkitSkeleton } from './templates.ts';

/** The options `new page` takes. */
export const NEW_PAGE_OPTIONS = { title: { type: 'string' } } as const;
/** The options `new toolkit` takes. */
export const NEW_TOOLKIT_OPTIONS = { title: { type: 'string' }, audience: { type: 'string' } } as const;

/** The problem when a file of the default locale already makes the address. */
function takenProblem(campaign: ExistingCampaign, key: string, toolkit: boolean, what: string): Problem[] {
  const { folder, config } = campaign;
  const existing = folder.mdx.find(
    (file) =>
      file.pathInCampaign.startsWith(`${config.defaultLocale}/`) &&
      isToolkitFile(file) === toolkit &&
      translationKey(file) === key,
  );
  return existing
    ? [
        problem(NameTaken, {
          file: existing.displayPath,
          message: `${existing.displayPath} already makes the ${what} "${key}"`,
          expected: `a ${what} name no other file of ${folder.id} uses`,
        }),
      ]
    : [];
}

function extraArguments(command: string, line: CommandLine): Problem[] {
  return line.positionals.length > 3
    ? [
        argumentProblem(
          command,
          'arguments',
          `unexpected "${line.positionals.slice(3).join(' ')}"`,
          'put a title with spaces in quotes, e.g. --title "For schools"',
        ),
      ]
    : [];
}

/** Plans `new page`; writes nothing. */
export function planPage(line: CommandLine, context: ScaffoldContext): Plan {
  const command = 'npm run new -- page';
  const campaign = existingCampaign(command, line.positionals[1], context);
  const path = line.positionals[2]?.replace(/^\/+|\/+$/g, '').replace(/\.mdx$/, '');
  const problems = [...(Array.isArray(campaign) ? campaign : []), ...extraArguments(command, line)];
  if (path === undefined)
    problems.push(
      argumentProblem(
        command,
        '<path>',
        'no page path was given',
        "the page's address inside the campaign, e.g. for-schools or guides/privacy",
      ),
    );
  const slug = path === undefined ? '' : slugFromPagePath(path);
  if (path !== undefined && (slug === '' || !isValidSlug(slug) || slug.split('/')[0] === TOOLKITS_SLUG)) {
    problems.push(
      argumentProblem(
        command,
        '<path>',
        `"${path}" cannot be the address of a new page`,
        `lowercase letters, digits and hyphens, with / between folders, e.g. for-schools; not the home page, and not under ${TOOLKITS_SLUG}/`,
        NameInvalid,
      ),
    );
  }
  if (Array.isArray(campaign) || problems.length) return refused(problems);
  const taken = takenProblem(campaign, slug, false, 'page');
  if (taken.length) return refused(taken);
  const locale = campaign.config.defaultLocale;
  const file = {
    path: join(campaign.folder.dir, locale, `${slug}.mdx`),
    text: blankPage(locale, stringOption(line, 'title') ?? titleFromSlug(slug)),
  };
  return checkedPlan(
    campaign.folder,
    [file],
    [
      `Write the page in ${relative(process.cwd(), file.path)}; it is served at /${locale}/${campaign.folder.id}/${slug}/.`,
    ],
    context,
  );
}

/** Plans `new toolkit`; writes nothing. */
export function planToolkit(line: CommandLine, context: ScaffoldContext): Plan {
  const command = 'npm run new -- toolkit';
  const campaign = existingCampaign(command, line.positionals[1], context);
  const name = line.positionals[2];
  const audience = stringOption(line, 'audience');
  const problems = [...(Array.isArray(campaign) ? campaign : []), ...extraArguments(command, line)];
  if (name === undefined)
    problems.push(
      argumentProblem(command, '<name>', 'no toolkit name was given', 'a name such as ages-11-14 or online-friends'),
    );
  else if (!SLUG_SEGMENT.test(name))
    problems.push(
      argumentProblem(
        command,
        '<name>',
        `"${name}" cannot be part of a URL`,
        'lowercase letters, digits and single hyphens, e.g. online-friends',
        NameInvalid,
      ),
    );
  if (!AUDIENCES.includes(audience as Audience)) {
    problems.push(
      argumentProblem(
        command,
        '--audience',
        audience ? `"${audience}" is not an audience` : 'no audience was given',
        `one of: ${AUDIENCES.join(', ')}`,
      ),
    );
  }
  if (Array.isArray(campaign) || problems.length || !name) return refused(problems);
  const taken = takenProblem(campaign, `${TOOLKITS_SLUG}/${name}`, true, 'toolkit');
  if (taken.length) return refused(taken);
  const locale = campaign.config.defaultLocale;
  const file = {
    path: join(campaign.folder.dir, locale, TOOLKITS_FOLDER, `${name}.mdx`),
    text: toolkitSkeleton(locale, stringOption(line, 'title') ?? titleFromSlug(name), audience as Audience),
  };
  return checkedPlan(
    campaign.folder,
    [file],
    [`Write the toolkit in ${relative(process.cwd(), file.path)}; keep "duration" equal to the activities' minutes.`],
    context,
  );
}
