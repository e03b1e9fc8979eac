/**
 * A campaign's supporters: reading `supporters.yaml` (a list) and `supporters/<id>.yaml`
 * (one supporter each, so that two organisers adding supporters never edit the same file),
 * and checking what the schema cannot: that each logo is in the campaign folder and small
 * enough for a wall of them, that nobody joined after today, and that nobody is listed twice.
 */
import * as kinds from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { supporterFieldGuide, supporterSchema, supportersListSchema, type Supporter } from './supporter-schema.ts';

/** A supporters file as the campaign tree reads it. */
export interface SupportersSource {
  /** Path from the campaign folder, e.g. `supporters/green-valley.yaml`. */
  readonly pathInCampaign: string;
  readonly displayPath: string;
  readonly text: string;
}

/** What a logo's file tells without decoding it: its size, and a PNG's width and height. */
export interface LogoFacts {
  readonly bytes: number;
  readonly width?: number;
  readonly height?: number;
}

/** The largest logo files the wall takes; a PNG over 2000 px a side is shown at a tiny fraction of its size anyway. */
export const LOGO_LIMITS = { svgBytes: 100 * 1024, pngBytes: 300 * 1024, pngPixels: 2000 } as const;

/** What supporters are checked against. */
export interface SupportersContext {
  /** Today as YYYY-MM-DD: nobody joins in the future. */
  readonly today: string;
  /** The campaign's default locale, which a name given per locale must include. */
  readonly defaultLocale?: string;
  /** Every file of the campaign folder, by path from it (CampaignListing.files). */
  readonly files: readonly string[];
  /** Size (and PNG dimensions) of a listed file of the campaign folder; undefined when it cannot be read. */
  logoFacts(pathInCampaign: string): LogoFacts | undefined;
}

/** The supporters of a campaign, in file order (the list first, then the files of supporters/), and every problem found. */
export interface SupportersData {
  readonly supporters: readonly Supporter[];
  readonly problems: readonly Problem[];
}

/** One supporter with where it was written, for problems that name another entry. */
interface Located {
  readonly supporter: Supporter;
  /** Places a problem about a field of this supporter (path inside the entry). */
  readonly locate: (problem: PathProblem) => Problem;
  /** `file:line` of the entry, for messages about a duplicate. */
  readonly where: string;
}

/** The folder whose YAML files hold one supporter each. */
export const SUPPORTERS_FOLDER = 'supporters';

/** Whether a campaign file is one supporter's file, `supporters/<id>.yaml` (logos in subfolders are not). */
export function isSupporterFile(pathInCampaign: string): boolean {
  return /^supporters\/[^/]+\.ya?ml$/.test(pathInCampaign);
}

/** A supporter's name in the campaign's default locale (or its only name), for messages and duplicate checks. */
function plainName(supporter: Supporter, defaultLocale: string | undefined): string {
  if (typeof supporter.name === 'string') return supporter.name;
  return (defaultLocale && supporter.name[defaultLocale]) || Object.values(supporter.name)[0] || supporter.id;
}

function readEntries(file: SupportersSource, single: boolean): { entries: Located[]; problems: Problem[] } {
  const schema = single ? supporterSchema : supportersListSchema;
  const options = { kind: kinds.SupporterFieldInvalid, guide: supporterFieldGuide };
  const { data, problems, locate } = readYamlFile<Supporter | Supporter[]>(
    file.displayPath,
    file.text,
    schema,
    options,
  );
  if (data === undefined) return { entries: [], problems: [...problems] };
  const list = Array.isArray(data) ? data : [data];
  const entries = list.map((supporter, index): Located => {
    const prefix = single ? [] : [index];
    const place = (p: PathProblem) => locate({ ...p, path: [...prefix, ...p.path] });
    const line = place({ kind: kinds.SupporterFieldInvalid, path: ['id'], message: '' }).line;
    return { supporter, locate: place, where: line === undefined ? file.displayPath : `${file.displayPath}:${line}` };
  });
  return { entries, problems: [...problems] };
}

/** The file of one supporter must be named after its id, so that a second file for the same id cannot be added by accident. */
function fileNameProblem(file: SupportersSource, entry: Located): Problem[] {
  const expected = `${SUPPORTERS_FOLDER}/${entry.supporter.id}.yaml`;
  if (file.pathInCampaign.replace(/\.yml$/, '.yaml') === expected) return [];
  return [
    entry.locate({
      kind: kinds.SupporterFieldInvalid,
      path: ['id'],
      message: `the id "${entry.supporter.id}" is not the name of its file, ${file.pathInCampaign}`,
      expected: `the file name without .yaml, or the file renamed ${expected}`,
    }),
  ];
}

/** Problems of one supporter's own fields: the logo, the day joined, the name in the default locale. */
function entryProblems(supporter: Supporter, context: SupportersContext, files: ReadonlySet<string>): PathProblem[] {
  const problems: PathProblem[] = [];
  const { logo } = supporter;
  const facts = files.has(logo) ? context.logoFacts(logo) : undefined;
  if (!facts) {
    problems.push({
      kind: kinds.SupporterLogoMissing,
      path: ['logo'],
      message: files.has(logo) ? `"${logo}" cannot be read` : `"${logo}" is not a file of the campaign folder`,
      expected: 'the path of the logo from the campaign folder, e.g. supporters/logos/green-valley.svg',
    });
  } else {
    problems.push(...logoSizeProblems(logo, facts));
  }
  if (supporter.joined > context.today) {
    problems.push({
      kind: kinds.SupporterFieldInvalid,
      path: ['joined'],
      message: `joined on ${supporter.joined}, after today (${context.today})`,
      expected: `a day on or before ${context.today}`,
    });
  }
  const locale = context.defaultLocale;
  if (locale && typeof supporter.name !== 'string' && !Object.hasOwn(supporter.name, locale)) {
    problems.push({
      kind: kinds.SupporterFieldInvalid,
      path: ['name'],
      message: `"${supporter.id}" has no name in "${locale}", the campaign's default locale`,
      expected: `a name in "${locale}", which pages without their own fall back to`,
    });
  }
  return problems;
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** A logo over the size limits, with the limit and how to get under it. */
export function logoSizeProblems(logo: string, facts: LogoFacts): PathProblem[] {
  const problem = (message: string, expected: string, hint: string): PathProblem => ({
    kind: kinds.SupporterLogoTooLarge,
    path: ['logo'],
    message,
    expected,
    hint,
  });
  if (logo.toLowerCase().endsWith('.svg'))
    return facts.bytes > LOGO_LIMITS.svgBytes
      ? [
          problem(
            `${logo} is ${kilobytes(facts.bytes)}`,
            `an SVG of at most ${kilobytes(LOGO_LIMITS.svgBytes)}`,
            'Simplify the drawing and run it through an SVG optimiser (such as SVGO); a photo pasted into an SVG is best saved as a PNG instead.',
          ),
        ]
      : [];
  const problems: PathProblem[] = [];
  const { width = 0, height = 0 } = facts;
  if (width > LOGO_LIMITS.pngPixels || height > LOGO_LIMITS.pngPixels)
    problems.push(
      problem(
        `${logo} is ${width}×${height} px`,
        `at most ${LOGO_LIMITS.pngPixels} px wide and tall`,
        `Scale the PNG down so that its longer side is at most ${LOGO_LIMITS.pngPixels} px (the wall shows it at about 200 px), or use an SVG.`,
      ),
    );
  if (facts.bytes > LOGO_LIMITS.pngBytes)
    problems.push(
      problem(
        `${logo} is ${kilobytes(facts.bytes)}`,
        `a PNG of at most ${kilobytes(LOGO_LIMITS.pngBytes)}`,
        'Scale the PNG down and save it with fewer colours (e.g. with an image optimiser), or use an SVG.',
      ),
    );
  return problems;
}

/** A website as two entries for one supporter would share it: host without "www.", path without a trailing slash. */
function siteKey(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname.toLowerCase().replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}`;
}

/** Problems at each entry that repeats an earlier one: its id, its website, or its name in its country. One pass. */
function repeatProblems(entries: readonly Located[], defaultLocale: string | undefined): Problem[] {
  const seen = { id: new Map<string, Located>(), site: new Map<string, Located>(), name: new Map<string, Located>() };
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { supporter } = entry;
    const earlierId = seen.id.get(supporter.id);
    if (earlierId) {
      problems.push(
        entry.locate({
          kind: kinds.DuplicateId,
          path: ['id'],
          message: `"${supporter.id}" is already the id of the supporter at ${earlierId.where}`,
          expected: 'an id used once among the campaign’s supporters',
        }),
      );
      continue;
    }
    seen.id.set(supporter.id, entry);
    const keys = [
      ['site', siteKey(supporter.url), 'url', `the same website (${siteKey(supporter.url)})`],
      [
        'name',
        `${plainName(supporter, defaultLocale).toLocaleLowerCase('en')}|${supporter.country}`,
        'name',
        `the same name in the same country (${supporter.country})`,
      ],
    ] as const;
    for (const [map, key, field, what] of keys) {
      const earlier = seen[map].get(key);
      if (!earlier) {
        seen[map].set(key, entry);
        continue;
      }
      problems.push(
        entry.locate({
          kind: kinds.DuplicateSupporter,
          path: [field],
          message: `"${supporter.id}" has ${what} as "${earlier.supporter.id}" at ${earlier.where}`,
          expected: 'each supporter listed once',
        }),
      );
      break;
    }
  }
  return problems;
}

/**
 * Validates a campaign's supporters: the list in `list` (supporters.yaml) and the files in
 * `singles` (supporters/<id>.yaml), either or both. Every problem carries its file and line;
 * a file that does not match the schema adds no supporter.
 */
export function parseSupporters(
  list: SupportersSource | undefined,
  singles: readonly SupportersSource[],
  context: SupportersContext,
): SupportersData {
  const problems: Problem[] = [];
  const entries: Located[] = [];
  const files = new Set(context.files);
  for (const [file, single] of [
    ...(list ? [[list, false] as const] : []),
    ...singles.map((file) => [file, true] as const),
  ]) {
    const read = readEntries(file, single);
    problems.push(...read.problems);
    for (const entry of read.entries) {
      if (single) problems.push(...fileNameProblem(file, entry));
      problems.push(...entryProblems(entry.supporter, context, files).map(entry.locate));
      entries.push(entry);
    }
  }
  problems.push(...repeatProblems(entries, context.defaultLocale));
  return { supporters: entries.map((entry) => entry.supporter), problems };
}
