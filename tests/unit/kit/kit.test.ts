import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseKit, type KitContext } from '../../../src/lib/kit/kit.ts';
import type { Fact } from '../../../src/lib/sources/fact-schema.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import { readTerminology } from '../../../src/lib/terminology/terminology.ts';

const root = resolve(import.meta.dirname, '../../..');
const { sources } = readSourceRegistry(resolve(root, 'src/data/sources'));
const { rules } = readTerminology(resolve(root, 'src/data/terminology'), sources);
const facts = [{ id: 'inhope-hotlines' }, { id: 'child-helplines' }] as Fact[];
const context: KitContext = { locales: ['en', 'fr'], facts, terminology: { rules, mode: 'error' } };
const FILE = 'campaigns/x/kit.yaml';

const check = (text: string, options: Partial<KitContext> = {}) => parseKit(FILE, text, { ...context, ...options });
const summary = (text: string, options?: Partial<KitContext>) =>
  check(text, options).problems.map(({ name, severity, file, line, field, message }) => ({
    name,
    severity,
    file,
    line,
    field,
    message,
  }));

const GOOD = `hashtag: "#SaferInternetDay"
messages:
  - id: the-day
    platforms: [x, bluesky]
    text:
      en: Safer Internet Day is on 9 February.
      fr: La Journée pour un Internet plus sûr a lieu le 9 février.
posters:
  - id: tell-someone
    headline:
      en: Tell someone you trust
      fr: Parles-en à quelqu'un de confiance
callToAction:
  en: Talk to someone you trust
  fr: Parles-en à un adulte de confiance
press:
  contact: { name: Press office, email: press@example.org }
  boilerplate:
    en: A sample organiser.
    fr: Un organisateur fictif.
  facts: [inhope-hotlines]
newsletter:
  subject: { en: Safer Internet Day, fr: Journée pour un Internet plus sûr }
  body: { en: A short text., fr: Un court texte. }
`;

describe('parseKit', () => {
  test('accepts a complete kit', () => {
    const { kit, problems } = check(GOOD);
    expect(problems).toEqual([]);
    expect(kit?.messages.map((m) => m.id)).toEqual(['the-day']);
  });

  test('a message over the limit of its tightest network names the count, the limit, the network and how much to cut', () => {
    const long = 'a'.repeat(270);
    const { problems } = check(GOOD.replace('en: Safer Internet Day is on 9 February.', `en: ${long}`));
    expect(problems).toEqual([
      expect.objectContaining({
        name: 'KitMessageTooLong',
        severity: 'error',
        file: FILE,
        line: 6,
        field: 'messages.0.text.en',
        message: `the post of "the-day" in "en" is 288 characters as X counts them, over X's limit of 280`,
        expected: 'at most 280 characters on X',
        hint: 'Cut at least 8 characters from the text in "en". The count includes " #SaferInternetDay", added because the text does not hold it.',
      }),
    ]);
  });

  test('a message without platforms must fit every network; Chinese counts double on X', () => {
    const text = GOOD.replace('    platforms: [x, bluesky]\n', '').replace(
      'fr: La Journée',
      `zh: ${'和你信任的人谈一谈。'.repeat(14)}\n      fr: La Journée`,
    );
    expect(check(text, { locales: ['en', 'fr', 'zh'] }).problems.filter((p) => p.name === 'KitMessageTooLong')).toEqual(
      [
        expect.objectContaining({
          line: 6,
          field: 'messages.0.text.zh',
          message: `the post of "the-day" in "zh" is 298 characters as X counts them, over X's limit of 280`,
          expected: 'at most 280 characters on X, which a message for every network must fit (it names no platforms)',
        }),
      ],
    );
  });

  test('a text missing in a published language is a warning saying what the kit does without it', () => {
    const text = GOOD.replace("      fr: Parles-en à quelqu'un de confiance\n", '').replace(
      '  fr: Parles-en à un adulte de confiance\n',
      '',
    );
    expect(summary(text)).toEqual([
      {
        name: 'KitTranslationMissing',
        severity: 'warning',
        file: FILE,
        line: 10,
        field: 'posters.0.headline',
        message: 'no text in "fr": poster "tell-someone" is not printed in that language',
      },
      {
        name: 'KitTranslationMissing',
        severity: 'warning',
        file: FILE,
        line: 12,
        field: 'callToAction',
        message: 'no text in "fr": the posters and tiles of that language have no call to action',
      },
    ]);
  });

  test('a poster without its body in a language is printed there with its headline only', () => {
    const text = GOOD.replace(
      "      fr: Parles-en à quelqu'un de confiance\n",
      "      fr: Parles-en à quelqu'un de confiance\n    body:\n      en: They can help.\n",
    );
    expect(summary(text).map((p) => [p.name, p.line, p.field, p.message])).toEqual([
      [
        'KitTranslationMissing',
        13,
        'posters.0.body',
        'no text in "fr": poster "tell-someone" is printed there with its headline only',
      ],
    ]);
  });

  test('a message missing in a language is left out of the kit page there', () => {
    const text = GOOD.replace('      fr: La Journée pour un Internet plus sûr a lieu le 9 février.\n', '');
    expect(summary(text).map((p) => [p.name, p.line, p.message])).toEqual([
      [
        'KitTranslationMissing',
        5,
        'no text in "fr": the kit page and messages file leave message "the-day" out in that language',
      ],
    ]);
  });

  test('a text in a language the campaign does not publish is an error at its line', () => {
    const text = GOOD.replace(
      '  body: { en: A short text., fr: Un court texte. }',
      '  body: { en: A short text., fr: Un court texte., fr-FR: Texte. }',
    );
    expect(summary(text)).toEqual([
      {
        name: 'KitLocaleNotInCampaign',
        severity: 'error',
        file: FILE,
        line: 24,
        field: 'newsletter.body.fr-FR',
        message: `"fr-FR" is not one of the campaign's locales, so this text is never used`,
      },
    ]);
  });

  test('terms to avoid are found in every text, in the mode the campaign sets', () => {
    const text = GOOD.replace('en: A sample organiser.', 'en: We fight child pornography.').replace(
      'fr: Un court texte.',
      'fr: Contre la pédopornographie.',
    );
    expect(summary(text).map((p) => [p.name, p.severity, p.line, p.field, p.message])).toEqual([
      ['TerminologyFinding', 'error', 19, 'press.boilerplate.en', 'found "child pornography"'],
      ['TerminologyFinding', 'error', 24, 'newsletter.body.fr', 'found "pédopornographie"'],
    ]);
    expect(check(text, { terminology: { rules, mode: 'warn' } }).problems.map((p) => p.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  test('a press fact facts.yaml does not have is an unknown fact', () => {
    expect(summary(GOOD.replace('facts: [inhope-hotlines]', 'facts: [inhope-hotlines, no-such-fact]'))).toEqual([
      {
        name: 'UnknownFact',
        severity: 'error',
        file: FILE,
        line: 21,
        field: 'press.facts.1',
        message: 'there is no fact "no-such-fact"',
      },
    ]);
  });

  test('ids are unique among messages and among posters, not across them', () => {
    const text = GOOD.replace(
      'posters:\n',
      'posters:\n  - id: tell-someone\n    headline: { en: Again, fr: Encore }\n',
    ).replace(
      'messages:\n',
      'messages:\n  - id: the-day\n    text: { en: One, fr: Un }\n  - id: tell-someone\n    text: { en: Two, fr: Deux }\n',
    );
    expect(summary(text).map((p) => [p.name, p.line, p.field])).toEqual([
      ['DuplicateId', 7, 'messages.2.id'],
      ['DuplicateId', 15, 'posters.1.id'],
    ]);
  });

  test('a press contact needs an email address or a web page', () => {
    expect(
      summary(
        GOOD.replace('contact: { name: Press office, email: press@example.org }', 'contact: { name: Press office }'),
      ),
    ).toEqual([
      {
        name: 'KitFieldInvalid',
        severity: 'error',
        file: FILE,
        line: 17,
        field: 'press.contact',
        message: expect.stringContaining('Give an email address (email) or a web page (url)'),
      },
    ]);
  });

  test('reports every problem in one run, and schema problems at their line', () => {
    expect(
      summary('hashtag: SaferInternetDay\nmessages:\n  - id: Bad Id\n    text: { en: x }\n').map((p) => [
        p.name,
        p.line,
        p.field,
      ]),
    ).toEqual([
      ['KitFieldInvalid', 1, 'hashtag'],
      ['KitFieldInvalid', 3, 'messages.0.id'],
    ]);
  });
});
