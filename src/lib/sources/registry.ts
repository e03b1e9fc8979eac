/**
 * The source registry: every document facts may cite, one YAML file each in a folder
 * (`src/data/sources/` for the site). Adding a source is adding a file; the loader
 * validates all of them and reports problems instead of throwing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { SourceFieldInvalid, SourceFileMisnamed } from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { checkOutline } from './outline.ts';
import { sourceSchema, type Source } from './source-schema.ts';
import { readTextFile } from '../files/read-text.ts';

/** Valid sources by document symbol, and the problems of the files that are not. */
export interface SourceRegistry {
  readonly sources: ReadonlyMap<string, Source>;
  readonly problems: readonly Problem[];
}

/** The file name a source's symbol belongs in, e.g. "a-hrc-28-56" for "A/HRC/28/56". */
export function sourceSlug(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function checkSource(source: Source, fileSlug: string, dir: string): PathProblem[] {
  const problems = checkOutline(source);
  if (source.text !== undefined && !existsSync(join(dir, source.text))) {
    problems.push({
      kind: SourceFieldInvalid,
      path: ['text'],
      message: `the text copy ${source.text} is not in ${dir}`,
      expected: 'the name of a .txt file beside this one',
      hint: `Put the document's plain text in ${join(dir, source.text)}, or remove the text field.`,
    });
  }
  const slug = sourceSlug(source.symbol);
  if (slug !== fileSlug) {
    problems.push({
      kind: SourceFileMisnamed,
      path: ['symbol'],
      message: `${fileSlug}.yaml holds ${source.symbol}, which belongs in ${slug}.yaml`,
      expected: `a symbol for the file name ${fileSlug}`,
      hint: `Name the file ${slug}.yaml, so each source is found by its symbol.`,
    });
  }
  const { footnotes } = source;
  if (footnotes && footnotes.to < footnotes.from) {
    problems.push({
      kind: SourceFieldInvalid,
      path: ['footnotes', 'to'],
      message: `the last footnote, ${footnotes.to}, comes before the first, ${footnotes.from}`,
      expected: `at least ${footnotes.from}`,
      hint: 'Give the first and the last footnote number.',
    });
  }
  return problems;
}

/** Reads and validates every `.yaml` file in `dir`. */
export function readSourceRegistry(dir: string): SourceRegistry {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const sources = new Map<string, Source>();
  const problems: Problem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const {
      data,
      problems: fileProblems,
      locate,
    } = readYamlFile(file, readTextFile(file), sourceSchema, { kind: SourceFieldInvalid });
    problems.push(...fileProblems);
    if (!data) continue;
    const sourceProblems = checkSource(data, name.slice(0, -'.yaml'.length), dir).map(locate);
    problems.push(...sourceProblems);
    if (sourceProblems.length === 0) sources.set(data.symbol, data);
  }
  return { sources, problems };
}
