/**
 * `npm run new -- supporter <campaign> <id> …` and `npm run new -- event <campaign> <id> …`:
 * add a supporter as a file of its own (supporters/<id>.yaml, so nobody's YAML is edited)
 * or an event at the end of events.yaml, then check the result through the same parsers as
 * the build before anything is written.
 */
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { argumentProblem, stringOption, type CommandLine } from '../cli/arguments.ts';
import { existingCampaign, type ExistingCampaign } from '../cli/existing-campaign.ts';
import { EntryAppendFailed, NameTaken } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { EVENT_AUDIENCES } from '../people/event-schema.ts';
import { SUPPORTER_KINDS } from '../people/supporter-schema.ts';
import { SUPPORTERS_FOLDER } from '../people/supporters.ts';
import { parseYaml } from '../yaml/yaml.ts';
import { checkedPlan, refused, type Plan, type ScaffoldContext } from './plan.ts';

/** The options `new supporter` takes. */
export const NEW_SUPPORTER_OPTIONS = {
  name: { type: 'string' },
  kind: { type: 'string' },
  country: { type: 'string' },
  url: { type: 'string' },
  logo: { type: 'string' },
  joined: { type: 'string' },
  sample: { type: 'boolean' },
} as const;

/** The options `new event` takes. */
export const NEW_EVENT_OPTIONS = {
  title: { type: 'string' },
  description: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'time-zone': { type: 'string' },
  date: { type: 'string' },
  'end-date': { type: 'string' },
  place: { type: 'string' },
  city: { type: 'string' },
  online: { type: 'string' },
  audience: { type: 'string' },
  country: { type: 'string' },
  organiser: { type: 'string' },
  'organiser-url': { type: 'string' },
  sample: { type: 'boolean' },
} as const;

/** Problems for required options left out, each saying what to give. */
function missingOptions(command: string, line: CommandLine, required: Readonly<Record<string, string>>): Problem[] {
  return Object.entries(required)
    .filter(([name]) => stringOption(line, name) === undefined)
    .map(([name, expected]) => argumentProblem(command, `--${name}`, `--${name} was not given`, expected));
}

/** The campaign and the new entry's id from the command line, or the problems that stop the command. */
function campaignAndId(
  command: string,
  line: CommandLine,
  context: ScaffoldContext,
): { campaign: ExistingCampaign | undefined; id: string | undefined; problems: Problem[] } {
  const campaign = existingCampaign(command, line.positionals[1], context);
  const id = line.positionals[2];
  const problems = Array.isArray(campaign) ? [...campaign] : [];
  if (id === undefined)
    problems.push(
      argumentProblem(
        command,
        '<id>',
        'no id was given',
        'lowercase words joined by hyphens, e.g. green-valley-library',
      ),
    );
  if (line.positionals.length > 3)
    problems.push(
      argumentProblem(
        command,
        'arguments',
        `unexpected "${line.positionals.slice(3).join(' ')}"`,
        'put text with spaces in quotes, e.g. --name "Green Valley Library"',
      ),
    );
  return { campaign: Array.isArray(campaign) ? undefined : campaign, id, problems };
}

/** The text of a new supporter's own file. */
export function supporterFileText(supporter: Readonly<Record<string, unknown>>): string {
  return `# Added with npm run new -- supporter; campaigns/README.md, "Supporters", describes every field.\n${stringify(supporter, { lineWidth: 0 })}`;
}

/** Plans `new supporter`; writes nothing. */
export function planSupporter(line: CommandLine, context: ScaffoldContext): Plan {
  const command = 'npm run new -- supporter';
  const { campaign, id, problems } = campaignAndId(command, line, context);
  problems.push(
    ...missingOptions(command, line, {
      name: 'the supporter’s name, e.g. --name "Green Valley Library"',
      kind: `one of: ${SUPPORTER_KINDS.join(', ')}`,
      country: 'an ISO 3166-1 alpha-2 code, e.g. --country FR',
      url: 'the supporter’s website, e.g. --url https://example.org',
    }),
  );
  if (!campaign || !id || problems.length) return refused(problems);
  const path = `${SUPPORTERS_FOLDER}/${id}.yaml`;
  if (campaign.folder.files.includes(path))
    return refused([
      problem(NameTaken, {
        file: relative(process.cwd(), join(campaign.folder.dir, path)),
        message: `${path} already exists`,
        expected: `an id no other supporter of ${campaign.folder.id} has`,
      }),
    ]);
  const logo = stringOption(line, 'logo') ?? `${SUPPORTERS_FOLDER}/logos/${id}.svg`;
  const file = {
    path: join(campaign.folder.dir, path),
    text: supporterFileText({
      id,
      name: stringOption(line, 'name'),
      kind: stringOption(line, 'kind'),
      country: stringOption(line, 'country')?.toUpperCase(),
      url: stringOption(line, 'url'),
      logo,
      joined: stringOption(line, 'joined') ?? context.today,
      ...(line.values.sample === true ? { sample: true } : {}),
    }),
  };
  return checkedPlan(
    campaign.folder,
    [file],
    [
      `Check ${relative(process.cwd(), file.path)}; add names in other languages as name: { en: …, fr: … } if the supporter has them.`,
      'Run npm run check before publishing.',
    ],
    context,
  );
}

/** The events file's header when the command creates it. */
const EVENTS_HEADER =
  '# Events of the campaign; campaigns/README.md, "Events", describes every field.\n# Times are written as clocks show them where the event is held, with that place\'s time zone.\n';

/**
 * `existing` (the text of events.yaml, or undefined when there is none) with `event` added
 * at the end as a block list item; every byte before it is kept.
 */
export function appendEventText(existing: string | undefined, event: Readonly<Record<string, unknown>>): string {
  const base = existing ?? EVENTS_HEADER;
  const newline = base.includes('\r\n') ? '\r\n' : '\n';
  const item = stringify([event], { lineWidth: 0 }).replace(/\n/g, newline);
  return base.length === 0 || base.endsWith('\n') ? base + item : base + newline + item;
}

/** The number of entries a YAML list file holds, or undefined when it is not a readable list. */
function listLength(text: string): number | undefined {
  const yaml = parseYaml(text);
  if (yaml.errors.length) return undefined;
  if (yaml.data === null || yaml.data === undefined) return 0;
  return Array.isArray(yaml.data) ? yaml.data.length : undefined;
}

/** The event as the command line describes it, in the field order of events.yaml. */
function eventFromLine(id: string, line: CommandLine, locale: string): Record<string, unknown> {
  const text = (name: string) => stringOption(line, name);
  const date = text('date');
  const online = text('online');
  const organiserUrl = text('organiser-url');
  return {
    id,
    title: { [locale]: text('title') },
    description: { [locale]: text('description') ?? 'Say in a sentence or two what happens and who it is for.' },
    ...(date
      ? { allDay: true, date, ...(text('end-date') ? { endDate: text('end-date') } : {}) }
      : { start: text('start'), end: text('end'), timeZone: text('time-zone') }),
    ...(online
      ? { online: { url: online } }
      : { place: { name: text('place'), ...(text('city') ? { city: text('city') } : {}) } }),
    audience: text('audience'),
    country: text('country')?.toUpperCase(),
    organiser: { name: text('organiser'), ...(organiserUrl ? { url: organiserUrl } : {}) },
    ...(line.values.sample === true ? { sample: true } : {}),
  };
}

/** Plans `new event`; writes nothing. */
export function planEvent(line: CommandLine, context: ScaffoldContext): Plan {
  const command = 'npm run new -- event';
  const { campaign, id, problems } = campaignAndId(command, line, context);
  const allDay = stringOption(line, 'date') !== undefined;
  problems.push(
    ...missingOptions(command, line, {
      title: 'the title in the campaign’s default language, e.g. --title "Parents’ evening"',
      audience: `one of: ${EVENT_AUDIENCES.join(', ')}`,
      country: 'an ISO 3166-1 alpha-2 code, e.g. --country FR',
      organiser: 'who runs it, e.g. --organiser "Green Valley Library"',
      ...(allDay
        ? {}
        : {
            start:
              'the start as clocks show it there, e.g. --start 2027-02-09T18:00 (or --date 2027-02-09 for an all-day event)',
            end: 'the end, e.g. --end 2027-02-09T20:00',
            'time-zone': 'the IANA time zone of the place, e.g. --time-zone Europe/Paris',
          }),
      ...(stringOption(line, 'online') === undefined
        ? {
            place:
              'where it is held, e.g. --place "Green Valley Library" --city Lyon (or --online https://… for an event online)',
          }
        : {}),
    }),
  );
  if (!campaign || !id || problems.length) return refused(problems);
  const events = campaign.folder.events;
  const text = appendEventText(events?.text, eventFromLine(id, line, campaign.config.defaultLocale));
  const path = join(campaign.folder.dir, 'events.yaml');
  const before = events ? listLength(events.text) : 0;
  const after = listLength(text);
  if (before !== undefined && after !== before + 1)
    return refused([
      problem(EntryAppendFailed, {
        file: relative(process.cwd(), path),
        message: 'events.yaml does not read as a list of events once the new one is added at its end',
        expected: 'a block list, each event starting with "- id:" at the start of a line',
      }),
    ]);
  return checkedPlan(
    campaign.folder,
    [{ path, text }],
    [
      `Check the new event at the end of ${relative(process.cwd(), path)}; add its title and description in the campaign's other languages.`,
      'Run npm run check before publishing.',
    ],
    context,
  );
}
