/**
 * A campaign's help directory: loading and checking `help.yaml`, ordering entries for the
 * "Get help" page, and flagging entries nobody has re-checked for a year, because a wrong
 * number on a help page is worse than none.
 */
import { readFile } from 'node:fs/promises';
import { readYamlFile } from '../content/yaml-file.ts';
import { HelpEntryInvalid, HelpEntryStale } from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { HELP_KINDS, helpFileSchema, type HelpEntry, type HelpKind } from './help-schema.ts';

/** The entries of a help file, and every problem found in it. Entries are empty if the file does not match the schema. */
export interface HelpFile {
  readonly entries: readonly HelpEntry[];
  readonly problems: readonly Problem[];
}

/** What a help file is checked at: `today` (YYYY-MM-DD) adds a warning for each entry not verified for 12 months. */
export interface HelpOptions {
  readonly today?: string;
}

/** Validates the text of a help file; every problem carries the file and line. */
export function parseHelp(file: string, text: string, options: HelpOptions = {}): HelpFile {
  const { data, problems, locate } = readYamlFile(file, text, helpFileSchema, { kind: HelpEntryInvalid });
  if (!data) return { entries: [], problems };
  const warnings = options.today === undefined ? [] : staleEntryWarnings(data, options.today);
  return { entries: data, problems: [...duplicateIds(data), ...warnings].map(locate) };
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
  const codes = [...new Set(entries.map((e) => e.country))].sort((a, b) => countryRank(a) - countryRank(b) || a.localeCompare(b));
  return new Map(codes.map((code) => [code, entries.filter((e) => e.country === code).sort(byKind)]));
}

/** Entries per kind, in the order a page shows them: emergency, helplines, hotlines, directories; empty kinds left out. */
export function groupByKind(entries: readonly HelpEntry[]): Map<HelpKind, HelpEntry[]> {
  return new Map(
    HELP_KINDS.map((kind) => [kind, entries.filter((e) => e.kind === kind)] as const).filter(([, group]) => group.length > 0),
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
            hint: `Check "${entry.name}" against its source (${entry.source}), then update lastVerified.`,
          },
        ]
      : [],
  );
}
