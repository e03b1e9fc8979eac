/**
 * What one campaign folder's data files hold: its settings (campaign.yaml), its facts and its
 * help directory, each parsed and validated once, with line-located problems. The project
 * model reads every folder through it, and the scaffolding commands check planned files
 * through it, so both judge data files alike.
 */
import * as kinds from '../errors/catalogue.ts';
import { problem, type PathProblem, type Problem } from '../errors/problem.ts';
import type { CampaignConfig } from '../content/campaign-schema.ts';
import type { CampaignDataFiles } from '../content/campaign-tree.ts';
import { SLUG_SEGMENT } from '../routing/slug.ts';
import { RESERVED_CAMPAIGN_NAMES } from '../routing/urls.ts';
import type { KitConfig } from '../kit/kit-schema.ts';
import { parseKit } from '../kit/kit.ts';
import type { Fact } from '../sources/fact-schema.ts';
import { parseFacts } from '../sources/facts.ts';
import type { HelpEntry } from '../sources/help-schema.ts';
import { parseHelp } from '../sources/help.ts';
import type { Source } from '../sources/source-schema.ts';
import type { TerminologyRule } from '../terminology/terminology-schema.ts';
import { readCampaignSettings } from './campaign-settings.ts';
import { join } from 'node:path';
import { readImageFacts } from '../files/image-facts.ts';
import { parseEvents, type CampaignEvent } from '../people/events.ts';
import type { Supporter } from '../people/supporter-schema.ts';
import { parseSupporters } from '../people/supporters.ts';
import { eventFeedName } from '../routing/people-files.ts';

/** What campaigns are checked against. */
export interface CampaignCheckContext {
  /** Registered sources by symbol, for citations and facts. */
  sources: ReadonlyMap<string, Source>;
  /** Today as YYYY-MM-DD, to flag help entries not verified for a year. */
  today: string;
  /** Terms to avoid, by locale; content in a locale without a list is not checked for terms. */
  terminology?: ReadonlyMap<string, readonly TerminologyRule[]>;
}

/** One folder's data, and the problems found reading it. */
export interface CampaignData {
  /** False for a folder without campaign.yaml or with a name that cannot be an address: nothing else in it is read. */
  usable: boolean;
  /** The settings, or undefined when campaign.yaml is invalid. */
  config: CampaignConfig | undefined;
  facts: readonly Fact[];
  /** facts.yaml when it exists but could not be read: every fact then looks unknown, so checks of fact use are moot. */
  unreadableFacts?: string;
  help: readonly HelpEntry[];
  /** kit.yaml, when it exists and is valid. */
  kit?: KitConfig;
  /** supporters.yaml and supporters/<id>.yaml, the valid entries. */
  supporters: readonly Supporter[];
  /** events.yaml, the valid events. */
  events: readonly CampaignEvent[];
  problems: readonly Problem[];
}

/** The problem that makes a folder unusable as a campaign, if any. */
function folderProblem(folder: CampaignDataFiles): Problem | undefined {
  if (!folder.config)
    return problem(kinds.CampaignFileMissing, { file: folder.id + '/', message: `no campaign.yaml in ${folder.id}/` });
  if (SLUG_SEGMENT.test(folder.id) && !(RESERVED_CAMPAIGN_NAMES as readonly string[]).includes(folder.id))
    return undefined;
  return problem(kinds.CampaignNameInvalid, {
    file: folder.id + '/',
    message: `"${folder.id}" cannot be a campaign's address`,
    expected: `lowercase letters, digits and hyphens, other than ${RESERVED_CAMPAIGN_NAMES.join(', ')}`,
  });
}

/** Parses and validates a folder's campaign.yaml, facts.yaml, help.yaml, kit.yaml, supporters and events.yaml. */
export function readCampaignData(folder: CampaignDataFiles, context: CampaignCheckContext): CampaignData {
  const unusable = folderProblem(folder);
  if (unusable || !folder.config)
    return {
      usable: false,
      config: undefined,
      facts: [],
      help: [],
      supporters: [],
      events: [],
      problems: unusable ? [unusable] : [],
    };
  const settings = readCampaignSettings(folder, folder.config);
  const config = settings.config;
  const terminology = context.terminology
    ? { terminology: { rules: context.terminology, mode: config?.terminology ?? 'error' } }
    : {};
  const facts = folder.facts
    ? parseFacts(folder.facts.displayPath, folder.facts.text, {
        sources: context.sources,
        locales: config?.locales ?? [],
        ...terminology,
      })
    : undefined;
  const help = folder.help
    ? parseHelp(folder.help.displayPath, folder.help.text, {
        today: context.today,
        defaultLocale: config?.defaultLocale,
        locales: config?.locales,
      })
    : undefined;
  const kit = folder.kit
    ? parseKit(folder.kit.displayPath, folder.kit.text, {
        locales: config?.locales ?? [],
        facts: facts?.facts ?? [],
        ...terminology,
      })
    : undefined;
  const people = readPeople(folder, context, config);
  const homeFacts = config ? unknownHomeFacts(config, facts?.facts ?? []).map(settings.locate) : [];
  return {
    usable: true,
    config,
    facts: facts?.facts ?? [],
    ...(facts && !facts.readable ? { unreadableFacts: folder.facts!.displayPath } : {}),
    help: help?.entries ?? [],
    ...(kit?.kit ? { kit: kit.kit } : {}),
    supporters: people.supporters.supporters,
    events: people.events.events,
    problems: [
      ...settings.problems,
      ...homeFacts,
      ...(facts?.problems ?? []),
      ...(help?.problems ?? []),
      ...(kit?.problems ?? []),
      ...people.supporters.problems,
      ...people.events.problems,
    ],
  };
}

/** The folder's supporters and events, checked against its files and default locale. */
function readPeople(folder: CampaignDataFiles, context: CampaignCheckContext, config: CampaignConfig | undefined) {
  const defaultLocale = config?.defaultLocale;
  const supporters = parseSupporters(folder.supporters, folder.supporterFiles ?? [], {
    today: context.today,
    defaultLocale,
    files: folder.files,
    logoFacts: (path) => readImageFacts(join(folder.dir, path)),
  });
  const events = folder.events
    ? parseEvents(folder.events.displayPath, folder.events.text, {
        defaultLocale,
        reservedIds: (config?.locales ?? []).map((locale) => eventFeedName(locale, folder.id)),
        ...(context.terminology
          ? {
              terminology: {
                rules: context.terminology,
                mode: config?.terminology ?? 'error',
                locales: config?.locales ?? [],
              },
            }
          : {}),
      })
    : { events: [], problems: [] };
  return { supporters, events };
}

/** The home page's featured facts (`home.facts`) that facts.yaml does not have. */
function unknownHomeFacts(config: CampaignConfig, facts: readonly Fact[]): PathProblem[] {
  const known = new Set(facts.map((fact) => fact.id));
  return config.home.facts.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            kind: kinds.UnknownFact,
            path: ['home', 'facts', index],
            message: `home.facts names "${id}", which is not in facts.yaml`,
            expected: known.size > 0 ? `one of: ${[...known].join(', ')}` : 'a fact id, after adding facts.yaml',
          },
        ],
  );
}
