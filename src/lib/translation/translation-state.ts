/**
 * Whether a translation is up to date with its original. One function, so that
 * `npm run i18n:status` and the site's "the original has changed" notice always agree.
 */
import { sourceHash } from './source-hash.ts';

/**
 * `translated`: the recorded hash matches the original. `outdated`: the original changed since.
 * `untracked`: the translation records no hash, so nobody can tell. `missing`: no translation.
 */
export type TranslationState = 'translated' | 'outdated' | 'untracked' | 'missing';

/** The state of a translation, from the original's text and the `sourceHash` the translation records (if it exists at all). */
export function translationState(
  sourceText: string,
  translation: { sourceHash?: string | undefined } | undefined,
): TranslationState {
  if (!translation) return 'missing';
  if (translation.sourceHash === undefined) return 'untracked';
  return translation.sourceHash === sourceHash(sourceText) ? 'translated' : 'outdated';
}
