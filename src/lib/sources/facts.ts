/**
 * A campaign's facts: loading and checking `facts.yaml` against the source registry, and
 * the lookups pages use to show a figure with its label in the page's language.
 */
import { readFile } from 'node:fs/promises';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { FactFieldInvalid, FactLabelMissing, TerminologyFinding, UnknownFact } from '../errors/catalogue.ts';
import { findTerms } from '../terminology/find-terms.ts';
import { terminologyFinding, type TerminologyMode } from '../terminology/finding.ts';
import type { TerminologyRule } from '../terminology/terminology-schema.ts';
import { rulesForProse } from '../terminology/terminology.ts';
import type { DataPath, PathProblem, Problem } from '../errors/problem.ts';
import { validateCitation } from './citation.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { factsFileSchema, type Fact } from './fact-schema.ts';
import type { Source } from './source-schema.ts';

/** What facts are checked against: the registered sources, the locales that need labels, and the terms each language avoids. */
export interface FactsContext {
  readonly sources: ReadonlyMap<string, Source>;
  readonly locales: readonly string[];
  /** Terminology rules per locale, and whether a finding stops the build; labels are not checked without them. */
  readonly terminology?: {
    readonly rules: ReadonlyMap<string, readonly TerminologyRule[]>;
    readonly mode: TerminologyMode;
  };
}

/** The facts of a file, and every problem found in it. Facts are empty if the file does not match the schema. */
export interface FactsFile {
  /** False when the file could not be parsed or validated as a whole: then no fact is known. */
  readonly readable: boolean;
  readonly facts: readonly Fact[];
  readonly problems: readonly Problem[];
}

/**
 * The result of a lookup that must not fall back quietly: the value, or the problem of its
 * absence, to be placed where the lookup was written (e.g. the MDX element).
 */
export type Found<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: PathProblem };

function missingLabel(fact: Fact, locale: string, path: DataPath): PathProblem {
  return {
    kind: FactLabelMissing,
    path,
    message: `fact "${fact.id}" has no label in "${locale}"`,
    expected: `a label in "${locale}"`,
  };
}

/** Problems with one fact, at paths inside the fact. */
function checkFact(fact: Fact, context: FactsContext): PathProblem[] {
  const problems = validateCitation(context.sources, fact);
  if (fact.max !== undefined && fact.max <= fact.value) {
    problems.push({
      kind: FactFieldInvalid,
      path: ['max'],
      message: `max (${fact.max}) is not above value (${fact.value})`,
      expected: `more than value (${fact.value})`,
      hint: 'Use max only for the upper bound of a range, and leave it out for a single figure.',
    });
  }
  for (const locale of context.locales.filter((code) => !Object.hasOwn(fact.label, code))) {
    problems.push(missingLabel(fact, locale, ['label']));
  }
  // A label is shown on pages and in PDFs like any other prose, so it follows the same terminology.
  const { rules, mode = 'error' } = context.terminology ?? {};
  for (const [locale, label] of Object.entries(fact.label)) {
    for (const match of findTerms(label, rulesForProse(rules, locale, context.locales))) {
      problems.push({ kind: TerminologyFinding, path: ['label', locale], ...terminologyFinding(match, mode) });
    }
  }
  return problems;
}

/** Validates the text of a facts file; every problem carries the file and line. */
export function parseFacts(file: string, text: string, context: FactsContext): FactsFile {
  const { data, problems, locate } = readYamlFile(file, text, factsFileSchema, { kind: FactFieldInvalid });
  if (!data) return { readable: false, facts: [], problems };
  const factProblems = data.flatMap((fact, index) =>
    checkFact(fact, context).map((p) => ({ ...p, path: [index, ...p.path] })),
  );
  return { readable: true, facts: data, problems: [...duplicateIds(data), ...factProblems].map(locate) };
}

/** Reads and validates a facts file. */
export async function loadFacts(file: string, context: FactsContext): Promise<FactsFile> {
  return parseFacts(file, await readFile(file, 'utf8'), context);
}

/** The fact with this id, or a problem (at the path `id`) naming the ids there are. */
export function findFact(facts: readonly Fact[], id: string): Found<Fact> {
  const fact = facts.find((f) => f.id === id);
  if (fact) return { ok: true, value: fact };
  const known = facts.map((f) => f.id).join(', ') || 'none';
  return {
    ok: false,
    problem: {
      kind: UnknownFact,
      path: ['id'],
      message: `there is no fact "${id}"`,
      expected: `a fact id from facts.yaml (${known})`,
    },
  };
}

/** A fact's label in one locale; a missing label is a problem (at `label.<locale>`), never a quiet fallback to another language. */
export function factLabel(fact: Fact, locale: string): Found<string> {
  const label = fact.label[locale];
  return label === undefined
    ? { ok: false, problem: missingLabel(fact, locale, ['label', locale]) }
    : { ok: true, value: label };
}

/** A fact's figure in a locale's digits and separators; percentages in percent style, ranges as ranges. */
export function formatFactValue(fact: Fact, locale: string, options?: Intl.NumberFormatOptions): string {
  const percent = fact.unit === 'percent';
  const format = new Intl.NumberFormat(locale, { ...(percent ? { style: 'percent' } : {}), ...options });
  const scale = (n: number) => (percent ? n / 100 : n);
  return fact.max === undefined
    ? format.format(scale(fact.value))
    : format.formatRange(scale(fact.value), scale(fact.max));
}
