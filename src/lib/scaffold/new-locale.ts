/**
 * `npm run new -- locale <campaign> <locale>`: plans adding a language to a campaign. The
 * locale goes into campaign.yaml (its title, to translate, and the starter tagline of that
 * language), and the home and "Get help" pages of the default locale are copied into the
 * new folder for translating, each recording the hash of its original.
 */
import { join, relative } from 'node:path';
import { isKnownLocale, LOCALES } from '../../i18n/locales.ts';
import { argumentProblem, type CommandLine } from '../cli/arguments.ts';
import { addListItem, addMapEntry } from '../yaml/yaml-edit.ts';
import { HELP_SLUG } from '../routing/routes.ts';
import { CampaignFieldInvalid, NameTaken, UnknownLocale } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { withSourceHash } from '../translation/frontmatter-hash.ts';
import { sourceHash } from '../translation/source-hash.ts';
import { translationKey } from '../translation/status.ts';
import { existingCampaign, type ExistingCampaign } from '../cli/existing-campaign.ts';
import { checkedPlan, refused, type Plan, type PlannedFile, type ScaffoldContext } from './plan.ts';
import { starterText } from './starter-text.ts';

const COMMAND = 'npm run new -- locale';

/** campaign.yaml with the locale added to `locales`, `title` and `tagline` (where it is not there yet). */
function configWithLocale(campaign: ExistingCampaign, locale: string): string | undefined {
  const { config } = campaign;
  let text: string | undefined = campaign.folder.config?.text;
  if (text !== undefined) text = addListItem(text, ['locales'], locale);
  if (text !== undefined && !config.title[locale])
    text = addMapEntry(text, ['title'], locale, config.title[config.defaultLocale] ?? campaign.folder.id);
  if (text !== undefined && !config.tagline[locale])
    text = addMapEntry(text, ['tagline'], locale, starterText(locale).tagline);
  return text;
}

/** Plans `new locale`; writes nothing. */
export function planLocale(line: CommandLine, context: ScaffoldContext): Plan {
  const campaign = existingCampaign(COMMAND, line.positionals[1], context);
  const locale = line.positionals[2];
  const problems: Problem[] = Array.isArray(campaign) ? [...campaign] : [];
  if (line.positionals.length > 3)
    problems.push(
      argumentProblem(
        COMMAND,
        'arguments',
        `unexpected "${line.positionals.slice(3).join(' ')}"`,
        'one campaign and one locale',
      ),
    );
  if (!locale)
    problems.push(
      argumentProblem(COMMAND, '<locale>', 'no locale was given', `one of: ${Object.keys(LOCALES).join(', ')}`),
    );
  else if (!isKnownLocale(locale))
    problems.push(
      argumentProblem(
        COMMAND,
        '<locale>',
        `"${locale}" is not a locale sidkit knows`,
        `one of: ${Object.keys(LOCALES).join(', ')}`,
        UnknownLocale,
      ),
    );
  if (Array.isArray(campaign) || problems.length || !locale) return refused(problems);
  const { folder, config } = campaign;
  const configFile = folder.config?.displayPath ?? folder.id;
  if (config.locales.includes(locale)) {
    return refused([
      problem(NameTaken, {
        file: configFile,
        field: 'locales',
        message: `${folder.id} is already published in "${locale}"`,
        expected: `a locale not in [${config.locales.join(', ')}]`,
      }),
    ]);
  }
  const taken = folder.mdx.filter((file) => file.pathInCampaign.startsWith(`${locale}/`));
  if (taken.length) {
    return refused(
      taken.map((file) =>
        problem(NameTaken, {
          file: file.displayPath,
          message: `the folder ${locale}/ already holds pages`,
          expected: `add "${locale}" to locales in ${configFile} by hand, with its title and tagline`,
        }),
      ),
    );
  }
  const text = configWithLocale(campaign, locale);
  if (text === undefined) {
    return refused([
      problem(CampaignFieldInvalid, {
        file: configFile,
        field: 'locales',
        message: 'the locale could not be added to this file automatically',
        expected: `add "${locale}" to locales, title and tagline by hand`,
      }),
    ]);
  }
  const originals = folder.mdx.filter(
    (file) =>
      file.pathInCampaign.startsWith(`${config.defaultLocale}/`) && ['', HELP_SLUG].includes(translationKey(file)),
  );
  const files: PlannedFile[] = [
    { path: join(folder.dir, 'campaign.yaml'), text },
    ...originals.map((file) => ({
      path: join(folder.dir, locale, file.pathInCampaign.split('/').slice(1).join('/')),
      text: withSourceHash(file.text, sourceHash(file.text)) ?? file.text,
    })),
  ];
  const copies = files.slice(1).map((file) => relative(process.cwd(), file.path));
  const next = [
    `Translate the title of ${folder.id} for "${locale}" in campaign.yaml.`,
    ...(copies.length
      ? [
          `Translate ${copies.join(' and ')}: they are copies of the ${config.defaultLocale} pages, marked as translated from today's originals.`,
        ]
      : []),
    'Every other page shows the original with a notice until it is translated: npm run i18n:status lists them.',
    ...(folder.kit
      ? [`Add the "${locale}" texts to kit.yaml: until then the kit leaves them out in that language.`]
      : []),
  ];
  return checkedPlan(folder, files, next, context);
}
