/**
 * Reads a YAML data file against a Zod schema and reports every syntax or schema problem
 * at its line, so an editor fixing facts.yaml is pointed at the exact entry.
 */
import type { z } from 'astro/zod';
import type { PathProblem, Problem, ProblemKind } from '../errors/problem.ts';
import { locateInYaml, schemaProblems, type FieldGuide, type KindForIssue } from './schema-problems.ts';
import { yamlSyntaxProblems } from './syntax-problems.ts';
import { parseYaml } from './yaml.ts';
import { withoutByteOrderMark } from '../files/read-text.ts';

/** A validated YAML file, or its problems; `locate` places later checks' problems in it too. */
export interface YamlFile<T> {
  readonly data: T | undefined;
  readonly problems: readonly Problem[];
  /** Turns a problem about the parsed data into one at the file and line of the value. */
  locate(problem: PathProblem): Problem;
}

/** How schema problems are reported: their catalogue kind, and what each field expects. */
export interface YamlFileOptions {
  readonly kind: ProblemKind;
  readonly guide?: FieldGuide;
  readonly kindForIssue?: KindForIssue;
  /** The line the YAML starts on in its file, for frontmatter inside an MDX file. */
  readonly firstLine?: number;
}

/** Parses `text` (the content of `file`) and validates it; never throws. */
export function readYamlFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  options: YamlFileOptions,
): YamlFile<T> {
  const { firstLine = 1, ...reporting } = options;
  const content = withoutByteOrderMark(text);
  const yaml = parseYaml(content, firstLine);
  const locate = locateInYaml(file, yaml);
  if (yaml.errors.length > 0)
    return { data: undefined, problems: yamlSyntaxProblems(file, content, yaml.errors, firstLine), locate };
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [], locate };
  return { data: undefined, problems: schemaProblems({ error: result.error, file, yaml, ...reporting }), locate };
}
