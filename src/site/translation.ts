/**
 * Whether a translated page is behind its original, for the notice on the page. Reads the
 * original's file; the decision itself is translationState(), which `npm run i18n:status`
 * uses too.
 */

import { resolve } from 'node:path';
import type { PageRoute } from '../lib/routing/routes.ts';
import { pageEntryId } from '../lib/routing/slug.ts';
import { translationState } from '../lib/translation/translation-state.ts';
import { readTextFile } from '../lib/files/read-text.ts';

/** What is needed of a page or toolkit entry: its file, and the hash it records. */
export interface TranslatableEntry {
  filePath?: string | undefined;
  data: { sourceHash?: string | undefined };
}

/** True on a real translation whose default-locale original changed since the translation recorded its hash. */
export function isOutdatedTranslation(
  route: PageRoute,
  defaultLocale: string,
  entries: ReadonlyMap<string, TranslatableEntry>,
): boolean {
  if (route.fallback || route.locale === defaultLocale) return false;
  const source = entries.get(pageEntryId(route.campaign, defaultLocale, route.slug));
  const translation = entries.get(route.entryId);
  if (!source?.filePath || !translation) return false;
  return translationState(readTextFile(resolve(source.filePath)), translation.data) === 'outdated';
}
