/**
 * `npm run new -- campaign <name> --title … --date … --locales …`: plans a new campaign
 * folder with campaign.yaml, an empty help.yaml, and a home page and "Get help" page in
 * every locale. The pages of the other locales are recorded as translations of the first.
 */
import { join, relative } from 'node:path';
import { parseIsoDate } from '../../i18n/format.ts';
import { isKnownLocale, LOCALES } from '../../i18n/locales.ts';
import { argumentProblem, stringOption, type CommandLine } from '../cli/arguments.ts';
import { InvalidDate, NameInvalid, NameTaken, UnknownLocale } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { SLUG_SEGMENT } from '../routing/slug.ts';
import { sourceHash } from '../translation/source-hash.ts';
import { withSourceHash } from '../translation/frontmatter-hash.ts';
import { checkedPlan, refused, type Plan, type PlannedFile, type ScaffoldContext } from './plan.ts';
import { campaignYaml, getHelpPage, helpYaml, homePage } from './templates.ts';

const COMMAND = 'npm run new -- campaign';

/** The options `new campaign` takes. */
export const NEW_CAMPAIGN_OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  locales: { type: 'string' },
  organiser: { type: 'string' },
  'organiser-url': { type: 'string' },
} as const;

function argumentProblems(
  name: string | undefined,
  line: CommandLine,
  locales: readonly string[],
  context: ScaffoldContext,
): Problem[] {
  const problems: Problem[] = [];
  const title = stringOption(line, 'title')?.trim();
  const date = stringOption(line, 'date');
  if (!name)
    problems.push(
      argumentProblem(
        COMMAND,
        '<name>',
        'no campaign name was given',
        "a name such as sid-2028: it becomes the campaign's address",
      ),
    );
  else if (!SLUG_SEGMENT.test(name))
    problems.push(
      argumentProblem(
        COMMAND,
        '<name>',
        `"${name}" cannot be part of a URL`,
        'lowercase letters, digits and single hyphens, e.g. sid-2028',
        NameInvalid,
      ),
    );
  else if (context.campaigns.some((folder) => folder.id === name)) {
    problems.push(
      problem(NameTaken, {
        file: `${relative(process.cwd(), join(context.campaignsDir, name))}/`,
        message: `a campaign folder "${name}" already exists`,
        expected: 'a name no other campaign uses',
      }),
    );
  }
  if (line.positionals.length > 2)
    problems.push(
      argumentProblem(
        COMMAND,
        'arguments',
        `unexpected "${line.positionals.slice(2).join(' ')}"`,
        'one name; put a title with spaces in quotes: --title "Safer Internet Day 2028"',
      ),
    );
  if (!title)
    problems.push(
      argumentProblem(
        COMMAND,
        '--title',
        'no title was given',
        'the campaign\'s name in quotes, e.g. --title "Safer Internet Day 2028"',
      ),
    );
  if (!date)
    problems.push(
      argumentProblem(COMMAND, '--date', 'no date was given', 'the day as YYYY-MM-DD, e.g. --date 2028-02-08'),
    );
  else if (!parseIsoDate(date))
    problems.push(
      argumentProblem(
        COMMAND,
        '--date',
        `"${date}" is not a real calendar date in YYYY-MM-DD form`,
        'the day as YYYY-MM-DD, e.g. --date 2028-02-08',
        InvalidDate,
      ),
    );
  for (const locale of locales.filter((code) => !isKnownLocale(code))) {
    problems.push(
      argumentProblem(
        COMMAND,
        '--locales',
        `"${locale}" is not a locale sidkit knows`,
        `a comma-separated list of: ${Object.keys(LOCALES).join(', ')}; the first is the default`,
        UnknownLocale,
      ),
    );
  }
  return problems;
}

/** Plans `new campaign`; writes nothing. */
export function planCampaign(line: CommandLine, context: ScaffoldContext): Plan {
  const name = line.positionals[1];
  const locales = [
    ...new Set(
      (stringOption(line, 'locales') ?? 'en')
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  const problems = argumentProblems(name, line, locales, context);
  if (problems.length || !name) return refused(problems);
  const title = stringOption(line, 'title')?.trim() ?? '';
  const date = stringOption(line, 'date') ?? '';
  const dir = join(context.campaignsDir, name);
  const [defaultLocale = 'en'] = locales;
  const home = homePage(defaultLocale, title, date);
  const help = getHelpPage(defaultLocale);
  const translated = (text: string, original: string) => withSourceHash(text, sourceHash(original)) ?? text;
  const files: PlannedFile[] = [
    {
      path: join(dir, 'campaign.yaml'),
      text: campaignYaml({
        title,
        date,
        locales,
        organiser: {
          name: stringOption(line, 'organiser') ?? 'Campaign organiser',
          url: stringOption(line, 'organiser-url') ?? 'https://example.org/',
        },
      }),
    },
    { path: join(dir, 'help.yaml'), text: helpYaml() },
    ...locales.flatMap((locale) => [
      {
        path: join(dir, locale, 'index.mdx'),
        text: locale === defaultLocale ? home : translated(homePage(locale, title, date), home),
      },
      {
        path: join(dir, locale, 'get-help.mdx'),
        text: locale === defaultLocale ? help : translated(getHelpPage(locale), help),
      },
    ]),
  ];
  const empty = { id: name, dir, files: [], mdx: [] };
  const others = locales.slice(1);
  const next = [
    ...(others.length ? [`Translate the title for ${others.join(', ')} in campaign.yaml.`] : []),
    'Set the organiser in campaign.yaml, and add help entries with their sources to help.yaml.',
    'Then run npm run dev to see the site.',
  ];
  return checkedPlan(empty, files, next, context);
}
