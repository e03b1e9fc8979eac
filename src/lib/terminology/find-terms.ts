/**
 * Finds the terms of a terminology list in prose: case-insensitive, across line breaks,
 * and (unless a rule says otherwise) only as whole words, so "child pornography" is found
 * in "Child
 * pornography" but "prostitution" is not found inside a longer word.
 */
import type { TerminologyRule } from './terminology-schema.ts';

/** One place a term to avoid is written. */
export interface TermMatch {
  /** Where the match starts in the searched text. */
  readonly index: number;
  /** The words as written, with their line breaks and spacing. */
  readonly found: string;
  readonly rule: TerminologyRule;
}

/** Letters, combining marks and digits: a whole-word match may not touch one. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

/** The regular expression of a rule's patterns; spaces match any whitespace. Throws for an invalid pattern. */
export function termPattern(patterns: readonly string[], wholeWords: boolean): RegExp {
  const body = patterns.map((pattern) => `(?:${pattern.replace(/ +/g, String.raw`\s+`)})`).join('|');
  return new RegExp(wholeWords ? `(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})` : body, 'giu');
}

const compiled = new WeakMap<TerminologyRule, RegExp>();

function patternOf(rule: TerminologyRule): RegExp {
  const known = compiled.get(rule);
  if (known) return known;
  const pattern = termPattern(rule.patterns, rule.wholeWords);
  compiled.set(rule, pattern);
  return pattern;
}

const anyOf = new WeakMap<readonly TerminologyRule[], RegExp>();

// One pattern of every rule's patterns, without the whole-word conditions: most prose holds no term
// at all, and one pass over it says so where a pass per rule would not.
function anyPatternOf(rules: readonly TerminologyRule[]): RegExp {
  const known = anyOf.get(rules);
  if (known) return known;
  const pattern = new RegExp(
    termPattern(
      rules.flatMap((rule) => rule.patterns),
      false,
    ).source,
    'iu',
  );
  anyOf.set(rules, pattern);
  return pattern;
}

/** Every match of any rule in `text`, in reading order. */
export function findTerms(text: string, rules: readonly TerminologyRule[]): TermMatch[] {
  if (rules.length === 0 || !anyPatternOf(rules).test(text)) return [];
  return rules
    .flatMap((rule) =>
      [...text.matchAll(patternOf(rule))].map((match) => ({ index: match.index, found: match[0], rule })),
    )
    .sort((a, b) => a.index - b.index);
}
