/**
 * Every text of a kit written once per language, with where it is in kit.yaml and what the
 * kit does without it, so that the checks of languages and terms go over them all alike.
 */
import type { DataPath } from '../errors/problem.ts';
import type { KitConfig } from './kit-schema.ts';

/** One text of the kit, in each language it is written in. */
export interface TranslatedText {
  /** Where it is in kit.yaml, e.g. `['messages', 2, 'text']`. */
  readonly path: DataPath;
  /** What the kit does in a language without it, in the words of a report. */
  readonly withoutIt: string;
  readonly texts: Readonly<Record<string, string>>;
}

/** The kit's translated texts, in file order. */
export function translatedTexts(kit: KitConfig): TranslatedText[] {
  const texts: TranslatedText[] = [];
  kit.messages.forEach((message, index) =>
    texts.push({
      path: ['messages', index, 'text'],
      withoutIt: `the kit page and messages file leave message "${message.id}" out in that language`,
      texts: message.text,
    }),
  );
  kit.posters.forEach((poster, index) => {
    texts.push({
      path: ['posters', index, 'headline'],
      withoutIt: `poster "${poster.id}" is not printed in that language`,
      texts: poster.headline,
    });
    if (poster.body)
      texts.push({
        path: ['posters', index, 'body'],
        withoutIt: `poster "${poster.id}" is printed there with its headline only`,
        texts: poster.body,
      });
  });
  if (kit.callToAction)
    texts.push({
      path: ['callToAction'],
      withoutIt: 'the posters and tiles of that language have no call to action',
      texts: kit.callToAction,
    });
  if (kit.press)
    texts.push({
      path: ['press', 'boilerplate'],
      withoutIt: 'the press release of that language has no "About the organiser" paragraph',
      texts: kit.press.boilerplate,
    });
  if (kit.newsletter) {
    const withoutIt = 'the kit of that language has no newsletter text';
    texts.push({ path: ['newsletter', 'subject'], withoutIt, texts: kit.newsletter.subject });
    texts.push({ path: ['newsletter', 'body'], withoutIt, texts: kit.newsletter.body });
  }
  return texts;
}
