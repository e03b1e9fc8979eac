/**
 * A campaign's kit: reading and checking `kit.yaml`, so that the kit page, its pictures and
 * its print documents all work from one validated copy. Beyond its shape, the kit is checked
 * against the campaign: messages must fit the networks they are meant for, every text must
 * be there in each language the campaign publishes (and only those), follow the terminology
 * of pages, and the press release may only name facts facts.yaml has.
 */
import {
  KitFieldInvalid,
  KitLocaleNotInCampaign,
  KitMessageTooLong,
  KitTranslationMissing,
  TerminologyFinding,
} from '../errors/catalogue.ts';
import type { PathProblem, Problem } from '../errors/problem.ts';
import { duplicateIds } from '../sources/duplicate-ids.ts';
import type { Fact } from '../sources/fact-schema.ts';
import { findFact } from '../sources/facts.ts';
import { findTerms } from '../terminology/find-terms.ts';
import { terminologyFinding, type TerminologyMode } from '../terminology/finding.ts';
import type { TerminologyRule } from '../terminology/terminology-schema.ts';
import { rulesForProse } from '../terminology/terminology.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { translatedTexts } from './translated-texts.ts';
import { kitSchema, PLATFORM_NAMES, type KitConfig } from './kit-schema.ts';
import { hasHashtag } from './post-text.ts';
import { tightestFit } from './post-fit.ts';

/** What a kit is checked against: the campaign's locales and facts, and the terms each language avoids. */
export interface KitContext {
  readonly locales: readonly string[];
  readonly facts: readonly Fact[];
  /** Terminology rules per locale, and whether a finding stops the build; texts are not checked without them. */
  readonly terminology?: {
    readonly rules: ReadonlyMap<string, readonly TerminologyRule[]>;
    readonly mode: TerminologyMode;
  };
}

/** The kit of a file, and every problem found in it; no kit when the file does not match the schema. */
export interface KitFile {
  readonly kit: KitConfig | undefined;
  readonly problems: readonly Problem[];
}

const within = (path: readonly PropertyKey[]) => (p: PathProblem) => ({ ...p, path: [...path, ...p.path] });

/** A problem for each message, in each language, whose post is longer than its tightest network allows. */
function tooLongMessages(kit: KitConfig): PathProblem[] {
  return kit.messages.flatMap((message, index) =>
    Object.keys(message.text).flatMap((locale) => {
      const fit = tightestFit(message, locale, kit.hashtag);
      if (!fit || fit.length <= fit.limit) return [];
      const network = PLATFORM_NAMES[fit.platform];
      const tagged = hasHashtag(message.text[locale]!, kit.hashtag)
        ? ''
        : ` The count includes " ${kit.hashtag}", added because the text does not hold it.`;
      return [
        {
          kind: KitMessageTooLong,
          path: ['messages', index, 'text', locale],
          message: `the post of "${message.id}" in "${locale}" is ${fit.length} characters as ${network} counts them, over ${network}'s limit of ${fit.limit}`,
          expected: `at most ${fit.limit} characters on ${network}${message.platforms ? '' : ', which a message for every network must fit (it names no platforms)'}`,
          hint: `Cut at least ${fit.length - fit.limit} characters from the text in "${locale}".${tagged}`,
        },
      ];
    }),
  );
}

/** Problems with each text's languages: missing in one the campaign publishes, or written in one it does not. */
function languageProblems(kit: KitConfig, locales: readonly string[]): PathProblem[] {
  // Without the campaign's locales (campaign.yaml is invalid, and says so) there is nothing to check against.
  if (locales.length === 0) return [];
  return translatedTexts(kit).flatMap(({ path, withoutIt, texts }) => [
    ...locales
      .filter((locale) => !Object.hasOwn(texts, locale))
      .map((locale) => ({
        kind: KitTranslationMissing,
        path,
        message: `no text in "${locale}": ${withoutIt}`,
        expected: `a text in each of: ${locales.join(', ')}`,
      })),
    ...Object.keys(texts)
      .filter((locale) => !locales.includes(locale))
      .map((locale) => ({
        kind: KitLocaleNotInCampaign,
        path: [...path, locale],
        message: `"${locale}" is not one of the campaign's locales, so this text is never used`,
        expected: `one of: ${locales.join(', ')}`,
      })),
  ]);
}

/** Terms to avoid in any text of the kit, checked as page prose is. */
function terminologyProblems(kit: KitConfig, context: KitContext): PathProblem[] {
  if (!context.terminology) return [];
  const { rules, mode } = context.terminology;
  return translatedTexts(kit).flatMap(({ path, texts }) =>
    Object.entries(texts).flatMap(([locale, text]) =>
      findTerms(text, rulesForProse(rules, locale, context.locales)).map((match) => ({
        kind: TerminologyFinding,
        path: [...path, locale],
        ...terminologyFinding(match, mode),
      })),
    ),
  );
}

/** The press release's facts that facts.yaml does not have. */
function unknownPressFacts(kit: KitConfig, facts: readonly Fact[]): PathProblem[] {
  return (kit.press?.facts ?? []).flatMap((id, index) => {
    const found = findFact(facts, id);
    return found.ok ? [] : [{ ...found.problem, path: ['press', 'facts', index] }];
  });
}

/** Validates the text of a kit file and checks it against the campaign; every problem carries the file and line. */
export function parseKit(file: string, text: string, context: KitContext): KitFile {
  const { data, problems, locate } = readYamlFile(file, text, kitSchema, { kind: KitFieldInvalid });
  if (!data) return { kit: undefined, problems };
  return {
    kit: data,
    problems: [
      ...duplicateIds(data.messages).map(within(['messages'])),
      ...duplicateIds(data.posters).map(within(['posters'])),
      ...tooLongMessages(data),
      ...languageProblems(data, context.locales),
      ...terminologyProblems(data, context),
      ...unknownPressFacts(data, context.facts),
    ].map(locate),
  };
}
