/**
 * Turns schema validation issues into located problems: each Zod issue becomes one
 * problem naming the field, its line, what was found and what is expected.
 */
import type { z } from 'astro/zod';
import { problem, type Problem, type ProblemKind } from '../errors/problem.ts';
import type { ParsedYaml } from './yaml.ts';

/** Overrides of the problem kind for issues that deserve their own catalogue entry. */
export type KindForIssue = (issue: z.core.$ZodIssue, field: string) => ProblemKind | undefined;

function fieldGuideKey(path: readonly PropertyKey[], guide: Readonly<Record<string, string>>): string | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const key = path.slice(0, depth).map(String).join('.');
    if (guide[key]) return key;
  }
  return undefined;
}

/** One problem per schema issue, located in the YAML it came from. */
export function schemaProblems(options: {
  error: z.ZodError;
  file: string;
  yaml: ParsedYaml;
  kind: ProblemKind;
  guide: Readonly<Record<string, string>>;
  kindForIssue?: KindForIssue;
}): Problem[] {
  const { error, file, yaml, kind, guide, kindForIssue } = options;
  return error.issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const field = path.map(String).join('.') || '(top level)';
      const guideKey = fieldGuideKey(path, guide);
      const message = issue.code === 'unrecognized_keys' ? `"${field}" is not a known setting` : issue.message;
      return problem(kindForIssue?.(issue, field) ?? kind, {
        file,
        line: yaml.lineOf(path),
        field,
        message,
        expected: guideKey ? guide[guideKey] : `one of: ${Object.keys(guide).join(', ')}`,
      });
    });
  });
}
