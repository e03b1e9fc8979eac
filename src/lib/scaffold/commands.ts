/**
 * The subcommands of `npm run new`, each with its usage line, options and planner, so that
 * the command-line entry point only reads arguments, prints and writes.
 */
import type { CommandLine, CommandOptions } from '../cli/arguments.ts';
import { NEW_CAMPAIGN_OPTIONS, planCampaign } from './new-campaign.ts';
import { NEW_PAGE_OPTIONS, NEW_TOOLKIT_OPTIONS, planPage, planToolkit } from './new-content.ts';
import { planKit } from './new-kit.ts';
import { planLocale } from './new-locale.ts';
import { NEW_EVENT_OPTIONS, NEW_SUPPORTER_OPTIONS, planEvent, planSupporter } from './new-people.ts';
import type { Plan, ScaffoldContext } from './plan.ts';

/** One subcommand of `npm run new`. */
export interface NewCommand {
  usage: string;
  options: CommandOptions;
  plan(line: CommandLine, context: ScaffoldContext): Plan;
}

/** Every subcommand by name. */
export const NEW_COMMANDS: Readonly<Record<string, NewCommand>> = {
  campaign: {
    usage:
      'npm run new -- campaign <name> --title "<title>" --date YYYY-MM-DD [--locales en,fr,ar] [--organiser "<name>" --organiser-url <url>]',
    options: NEW_CAMPAIGN_OPTIONS,
    plan: planCampaign,
  },
  page: {
    usage: 'npm run new -- page <campaign> <path> [--title "<title>"]',
    options: NEW_PAGE_OPTIONS,
    plan: planPage,
  },
  toolkit: {
    usage: 'npm run new -- toolkit <campaign> <name> --audience <audience> [--title "<title>"]',
    options: NEW_TOOLKIT_OPTIONS,
    plan: planToolkit,
  },
  locale: { usage: 'npm run new -- locale <campaign> <locale>', options: {}, plan: planLocale },
  kit: { usage: 'npm run new -- kit <campaign>', options: {}, plan: planKit },
  supporter: {
    usage:
      'npm run new -- supporter <campaign> <id> --name "<name>" --kind <kind> --country <XX> --url <url> [--logo <path>] [--joined YYYY-MM-DD]',
    options: NEW_SUPPORTER_OPTIONS,
    plan: planSupporter,
  },
  event: {
    usage:
      'npm run new -- event <campaign> <id> --title "<title>" (--start <YYYY-MM-DDTHH:MM> --end <…> --time-zone <Area/City> | --date YYYY-MM-DD) (--place "<name>" [--city <city>] | --online <url>) --audience <audience> --country <XX> --organiser "<name>"',
    options: NEW_EVENT_OPTIONS,
    plan: planEvent,
  },
};

/** The usage of every subcommand, for --help. */
export function newUsage(): string {
  return ['Usage:', ...Object.values(NEW_COMMANDS).map((command) => `  ${command.usage}`)].join('\n');
}
