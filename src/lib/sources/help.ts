/**
 * A campaign's help directory: loading and checking `help.yaml`, ordering entries for the
 * "Get help" page, and flagging entries nobody has re-checked for a year, because a wrong
 * number on a help page is worse than none.
 */
import { readFile } from 'node:fs/promises';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { HelpEntryInvalid, HelpEntryStale } from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { primaryProblems } from './help-primary.ts';
import { HELP_KINDS, helpFileSchema, type HelpEntry, type HelpKind } from './help-schema.ts';

/** The entries of a help file, and every problem found in it. Entries are empty if the file does not match the schema. */
export interface HelpFile {
  readonly entries: readonly HelpEntry[];
  readonly problems: readonly Problem[];
}

/**
 * What a help file is checked against: `today` (YYYY-MM-DD) adds a warning for each entry
 * not verified for 12 months; `defaultLocale`, the campaign's, must be in every name given
 * per locale, because pages fall back to it; `locales`, the campaign's, are the ones an
 * entry may be `primary` in.
 */
export interface HelpOptions {
  readonly today?: string;
  readonly defaultLocale?: string;
  readonly locales?: readonly string[];
}

function missingDefaultNames(entries: readonly HelpEntry[], defaultLocale: string): PathProblem[] {
  return entries.flatMap((entry, index) =>
    typeof entry.name === 'string' || Object.hasOwn(entry.name, defaultLocale)
      ? []
      : [
          {
            kind: HelpEntryInvalid,
            path: [index, 'name'],
            message: `"${entry.id}" has no name in "${defaultLocale}", the campaign's default locale`,
            expected: `a name in "${defaultLocale}", which pages without their own fall back to`,
          },
        ],
  );
}

/** Validates the text of a help file; every problem carries the file and line. */
export function parseHelp(file: string, text: string, options: HelpOptions = {}): HelpFile {
  const { data, problems, locate } = readYamlFile(file, text, helpFileSchema, { kind: HelpEntryInvalid });
  if (!data) return { entries: [], problems };
  const warnings = options.today === undefined ? [] : staleEntryWarnings(data, options.today);
  const names = options.defaultLocale === undefined ? [] : missingDefaultNames(data, options.defaultLocale);
  const primary = primaryProblems(data, options.locales);
  return { entries: data, problems: [...duplicateIds(data), ...names, ...primary, ...warnings].map(locate) };
}

/** Reads and validates a help file. */
export async function loadHelp(file: string, options: HelpOptions = {}): Promise<HelpFile> {
  return parseHelp(file, await readFile(file, 'utf8'), options);
}

const byKind = (a: HelpEntry, b: HelpEntry) => HELP_KINDS.indexOf(a.kind) - HELP_KINDS.indexOf(b.kind);

/** Areas listed before any country: worldwide, then Europe-wide. */
const AREAS_FIRST = ['INT', 'EU'];

const countryRank = (code: string) => (AREAS_FIRST.includes(code) ? AREAS_FIRST.indexOf(code) : AREAS_FIRST.length);

/** Entries per country code (worldwide and Europe-wide first), each country's entries in kind order. */
export function groupByCountry(entries: readonly HelpEntry[]): Map<string, HelpEntry[]> {
  const codes = [...new Set(entries.map((e) => e.country))].sort(
    (a, b) => countryRank(a) - countryRank(b) || a.localeCompare(b),
  );
  return new Map(codes.map((code) => [code, entries.filter((e) => e.country === code).sort(byKind)]));
}

/** The entries of one kind, with the directories that list that kind of service. */
export function entriesOfKind(entries: readonly HelpEntry[], kind: Exclude<HelpKind, 'directory'>): HelpEntry[] {
  return entries.filter((entry) => entry.kind === kind || entry.lists === kind);
}

/**
 * An entry's (or a supporter's) name in `locale`, else in `fallbackLocale` (the campaign's default locale);
 * `lang` is set when the name shown is in another language than `locale`.
 */
export function helpEntryName(
  entry: Pick<HelpEntry, 'id' | 'name'>,
  locale: string,
  fallbackLocale: string,
): { text: string; lang?: string } {
  if (typeof entry.name === 'string') return { text: entry.name };
  const own = entry.name[locale];
  if (own !== undefined) return { text: own };
  const lang = Object.hasOwn(entry.name, fallbackLocale) ? fallbackLocale : (Object.keys(entry.name)[0] ?? locale);
  return { text: entry.name[lang] ?? entry.id, lang };
}

/** Where an entry applies, in `locale`: `worldwide` for INT, Europe for EU, else the country's name. */
export function areaName(code: string, locale: string, worldwide: string): string {
  if (code === 'INT') return worldwide;
  // UN M49 region 150 is Europe: the European numbers (112, 116 111) reach beyond the European Union.
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code === 'EU' ? '150' : code) ?? code;
}

/** Entries per kind, in the order a page shows them: emergency, helplines, hotlines, directories; empty kinds left out. */
export function groupByKind(entries: readonly HelpEntry[]): Map<HelpKind, HelpEntry[]> {
  return new Map(
    HELP_KINDS.map((kind) => [kind, entries.filter((e) => e.kind === kind)] as const).filter(
      ([, group]) => group.length > 0,
    ),
  );
}

/** The same calendar day one year earlier, as YYYY-MM-DD (ISO dates compare correctly as strings). */
function oneYearBefore(isoDate: string): string {
  return `${String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0')}${isoDate.slice(4)}`;
}

/**
 * A warning for each entry last verified more than 12 months before `today` (YYYY-MM-DD),
 * at the path `[index, 'lastVerified']` of the entry in `entries`.
 */
export function staleEntryWarnings(entries: readonly HelpEntry[], today: string): PathProblem[] {
  const cutoff = oneYearBefore(today);
  return entries.flatMap((entry, index) =>
    entry.lastVerified < cutoff
      ? [
          {
            kind: HelpEntryStale,
            path: [index, 'lastVerified'],
            message: `"${entry.id}" was last verified on ${entry.lastVerified}, more than 12 months before ${today}`,
            expected: `a check on or after ${cutoff}`,
            hint: `Check "${helpEntryName(entry, 'en', 'en').text}" against its source (${entry.source}), then update lastVerified.`,
          },
        ]
      : [],
  );
}
