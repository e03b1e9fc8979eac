/**
 * The terminology lists: one YAML file per language in a folder (`src/data/terminology/`
 * for the site), named after the locale it checks. The loader validates every list and
 * every citation in it, and reports problems instead of throwing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { TerminologyRuleInvalid } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { validateCitation } from '../sources/citation.ts';
import { localeCodeSchema } from '../sources/languages.ts';
import type { Source } from '../sources/source-schema.ts';
import { terminologyFileSchema, type TerminologyRule } from './terminology-schema.ts';
import { readTextFile } from '../files/read-text.ts';

/** Valid rule lists by locale, and the problems of the files that are not. */
export interface Terminology {
  readonly rules: ReadonlyMap<string, readonly TerminologyRule[]>;
  readonly problems: readonly Problem[];
}

/** Validates the text of one list, and the citation of each rule against the registered sources. */
export function parseTerminology(
  file: string,
  text: string,
  sources: ReadonlyMap<string, Source>,
): { rules: readonly TerminologyRule[]; problems: readonly Problem[] } {
  const { data, problems, locate } = readYamlFile(file, text, terminologyFileSchema, { kind: TerminologyRuleInvalid });
  if (!data) return { rules: [], problems };
  const citationProblems = data.flatMap((rule, index) =>
    validateCitation(sources, rule).map((p) => locate({ ...p, path: [index, ...p.path] })),
  );
  return { rules: citationProblems.length ? [] : data, problems: citationProblems };
}

/** Reads and validates every `<locale>.yaml` file in `dir`. */
export function readTerminology(dir: string, sources: ReadonlyMap<string, Source>): Terminology {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const rules = new Map<string, readonly TerminologyRule[]>();
  const problems: Problem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const locale = name.slice(0, -'.yaml'.length);
    if (!localeCodeSchema.safeParse(locale).success) {
      problems.push(
        problem(TerminologyRuleInvalid, {
          file,
          message: `"${name}" is not named after a locale`,
          expected: 'a file named after the locale it checks, e.g. fr.yaml',
        }),
      );
      continue;
    }
    const list = parseTerminology(file, readTextFile(file), sources);
    problems.push(...list.problems);
    if (list.rules.length) rules.set(locale, list.rules);
  }
  return { rules, problems };
}

/**
 * The rules prose in one language is checked with: its own language's, then those of every
 * other language the campaign publishes. A translator may leave an English term in an
 * Arabic or Chinese page (a quoted title, a name), and it must not slip past unchecked.
 */
export function rulesForProse(
  rules: ReadonlyMap<string, readonly TerminologyRule[]> | undefined,
  locale: string,
  campaignLocales: readonly string[],
): readonly TerminologyRule[] {
  if (!rules) return [];
  // The same list for every file of a locale, so that what is worked out from it (./find-terms.ts) is kept.
  const byKey = proseRules.get(rules) ?? new Map<string, readonly TerminologyRule[]>();
  proseRules.set(rules, byKey);
  const key = `${locale}\0${campaignLocales.join('\0')}`;
  const known = byKey.get(key);
  if (known) return known;
  const list = [...new Set([locale, ...campaignLocales])].flatMap((code) => rules.get(code) ?? []);
  byKey.set(key, list);
  return list;
}

const proseRules = new WeakMap<
  ReadonlyMap<string, readonly TerminologyRule[]>,
  Map<string, readonly TerminologyRule[]>
>();
