/**
 * The terminology check of one page or toolkit: its prose, and the prose fields of its
 * frontmatter, against the terminology list of the language it is written in. Each use
 * of a term to avoid is reported at its line with the term to use instead.
 */
import { TerminologyFinding } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { findTerms } from '../terminology/find-terms.ts';
import { terminologyFinding, type TerminologyMode } from '../terminology/finding.ts';
import type { TerminologyRule } from '../terminology/terminology-schema.ts';
import type { SourceFile } from './campaign-tree.ts';
import { mdxProse, type ProseBlock } from './mdx-prose.ts';
import { extractFrontmatter, parseYaml } from '../yaml/yaml.ts';

/** Frontmatter fields that readers see as text (page and toolkit fields alike). */
const PROSE_FIELDS = ['title', 'description', 'navLabel', 'summary', 'objectives'] as const;

interface FieldProse extends ProseBlock {
  readonly field?: string;
}

function frontmatterProse(source: string): FieldProse[] {
  const block = extractFrontmatter(source);
  if (!block) return [];
  const yaml = parseYaml(block.yaml, block.firstLine);
  if (typeof yaml.data !== 'object' || yaml.data === null) return [];
  const data = yaml.data as Record<string, unknown>;
  return PROSE_FIELDS.flatMap((field) => {
    const value = data[field];
    const items = Array.isArray(value)
      ? value.map((item, index) => [item, [field, index]] as const)
      : [[value, [field]] as const];
    return items.flatMap(([text, path]) => {
      if (typeof text !== 'string') return [];
      const line = yaml.lineOf(path) ?? block.firstLine;
      return [{ text, lines: Array<number>(text.length).fill(line), field: path.join('.') }];
    });
  });
}

/** Every use of a term to avoid in a page or toolkit, as problems of the given mode. */
export function checkTerminology(
  file: SourceFile,
  rules: readonly TerminologyRule[],
  mode: TerminologyMode,
): Problem[] {
  if (rules.length === 0) return [];
  const blocks: FieldProse[] = [...frontmatterProse(file.text), ...mdxProse(file.text)];
  return blocks.flatMap((block) =>
    findTerms(block.text, rules).map((match) =>
      problem(TerminologyFinding, {
        file: file.displayPath,
        line: block.lines[match.index],
        ...(block.field ? { field: block.field } : {}),
        ...terminologyFinding(match, mode),
      }),
    ),
  );
}
