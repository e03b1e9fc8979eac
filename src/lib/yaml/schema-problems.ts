/**
 * Turns schema validation issues into located problems: each Zod issue becomes one
 * problem naming the field, its line, what was found and what is expected.
 */
import type { z } from 'astro/zod';
import {
  fieldOf,
  placeProblem,
  type DataPath,
  type PathProblem,
  type Problem,
  type ProblemKind,
} from '../errors/problem.ts';
import { UnsafeLink } from '../errors/catalogue.ts';
import { UNSAFE_LINK_ISSUE } from '../safe-url-schema.ts';
import type { ParsedYaml } from './yaml.ts';

/** Overrides of the problem kind for issues that deserve their own catalogue entry. */
export type KindForIssue = (issue: z.core.$ZodIssue, field: string) => ProblemKind | undefined;

/** What a valid value of each field looks like, by dotted field name, e.g. `brand.primary`. */
export type FieldGuide = Readonly<Record<string, string>>;

function fieldGuideKey(path: DataPath, guide: FieldGuide): string | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const key = fieldOf(path.slice(0, depth));
    if (guide[key]) return key;
  }
  // A list file's guide describes the fields of any one entry, e.g. `start` for `3.start`.
  return typeof path[0] === 'number' && path.length > 1 ? fieldGuideKey(path.slice(1), guide) : undefined;
}

/** Shows a found value: strings quoted, anything else as JSON. */
function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

/** What a size limit counts: "at least 1 character(s)", "at least 1 item(s)", or a plain number. */
function unitOf(origin: string): string {
  return { string: ' character(s)', array: ' item(s)' }[origin] ?? '';
}

/** What the schema expected, read from the issue, for fields the guide does not describe. */
function expectedFromIssue(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map(describeValue).join(', ')}`;
    case 'too_small':
      return `at least ${String(issue.minimum)}${unitOf(issue.origin)}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}${unitOf(issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `text matching ${issue.pattern ?? 'the pattern'}` : `a valid ${issue.format}`;
    default:
      return undefined;
  }
}

function expectedFor(issue: z.core.$ZodIssue, path: DataPath, guide: FieldGuide): string | undefined {
  const guideKey = fieldGuideKey(path, guide);
  if (guideKey) return guide[guideKey];
  if (issue.code !== 'unrecognized_keys') return expectedFromIssue(issue);
  const known = Object.keys(guide);
  return known.length ? `one of: ${known.join(', ')}` : 'only the documented fields';
}

/** What was found; the value itself when the schema was run with `reportInput`. */
function messageFor(issue: z.core.$ZodIssue, field: string): string {
  if (issue.code === 'unrecognized_keys') return `"${field}" is not a known field`;
  if (!('input' in issue)) return issue.message;
  if (issue.input === undefined) return `"${field}" is missing`;
  const found = describeValue(issue.input);
  return issue.message.includes(found) ? issue.message : `found ${found}: ${issue.message}`;
}

/**
 * The field at `path` as reports name it: an entry of a list file (help.yaml, facts.yaml) by
 * its `id`, `eu-116-111.source`, which an organiser can search for, rather than by its
 * position, `0.source`; other fields by their dotted path.
 */
export function fieldNameIn(data: unknown, path: DataPath): string {
  const [first, ...rest] = path;
  const entry: unknown = typeof first === 'number' && Array.isArray(data) ? data[first] : undefined;
  const id = entry && typeof entry === 'object' && 'id' in entry ? entry.id : undefined;
  return typeof id === 'string' && id !== '' ? fieldOf([id, ...rest]) : fieldOf(path);
}

/** Whether the issue is an unsafe address (src/lib/safe-url-schema.ts), reported alike in every file. */
function isUnsafeLinkIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.params as { kind?: string } | undefined)?.kind === UNSAFE_LINK_ISSUE;
}

/** One problem per schema issue, at the path of the value, not yet placed in a file. */
function issueProblems(
  error: z.ZodError,
  data: unknown,
  kind: ProblemKind,
  guide: FieldGuide = {},
  kindForIssue?: KindForIssue,
): PathProblem[] {
  return error.issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const field = fieldNameIn(data, path);
      return {
        kind: kindForIssue?.(issue, field) ?? (isUnsafeLinkIssue(issue) ? UnsafeLink : kind),
        path,
        message: messageFor(issue, field),
        expected: expectedFor(issue, path, guide),
      };
    });
  });
}

/** Places problems found in parsed YAML at the line of the value they are about. */
export function locateInYaml(file: string, yaml: ParsedYaml): (problem: PathProblem) => Problem {
  return (p) => placeProblem(p, { file, line: yaml.lineOf(p.path) }, fieldNameIn(yaml.data, p.path));
}

/** One problem per schema issue, located in the YAML it came from. */
export function schemaProblems(options: {
  error: z.ZodError;
  file: string;
  yaml: ParsedYaml;
  kind: ProblemKind;
  guide?: FieldGuide;
  kindForIssue?: KindForIssue;
}): Problem[] {
  const { error, file, yaml, kind, guide, kindForIssue } = options;
  return issueProblems(error, yaml.data, kind, guide, kindForIssue).map(locateInYaml(file, yaml));
}
