/**
 * The translation status of a campaign: for every locale but the default, which pages and
 * toolkits of the default locale are translated, outdated, untracked or missing. Works on
 * the files as read by campaign-tree.ts, so it needs neither git nor a build.
 */
import { isToolkitFile, type CampaignFolder, type SourceFile } from '../content/campaign-tree.ts';
import { slugFromPagePath } from '../routing/slug.ts';
import { recordedSourceHash } from './frontmatter-hash.ts';
import { translationState, type TranslationState } from './translation-state.ts';

/** Every state, in the order reports show them. */
export const TRANSLATION_STATES: readonly TranslationState[] = ['translated', 'outdated', 'untracked', 'missing'];

/** One page or toolkit of the default locale, as translated into one locale. */
export interface TranslationItem {
  kind: 'page' | 'toolkit';
  /** Its address inside the campaign: '' for the home page, `toolkits/<name>` for a toolkit. */
  slug: string;
  /** The original's path, as reports show paths. */
  source: string;
  /** The translation's path; for a missing one, where it would be created. */
  file: string;
  state: TranslationState;
}

/** The status of one locale of a campaign. */
export interface LocaleStatus {
  locale: string;
  counts: Record<TranslationState, number>;
  items: TranslationItem[];
}

/** The status of every translated locale of one campaign. */
export interface CampaignStatus {
  campaign: string;
  defaultLocale: string;
  /** How many pages and toolkits the default locale has. */
  sources: number;
  locales: LocaleStatus[];
}

/** The address a campaign file makes, shared by a page and its translations: `<locale>` is left out. */
export function translationKey(file: SourceFile): string {
  const [, ...rest] = file.pathInCampaign.split('/');
  return isToolkitFile(file) ? rest.join('/').replace(/\.mdx$/, '') : slugFromPagePath(rest.join('/'));
}

function localeOf(file: SourceFile): string {
  return file.pathInCampaign.split('/')[0] ?? '';
}

/** The display path `file` would have in another locale folder. */
function pathInLocale(file: SourceFile, locale: string): string {
  const [, ...rest] = file.pathInCampaign.split('/');
  return `${file.displayPath.slice(0, file.displayPath.length - file.pathInCampaign.length)}${[locale, ...rest].join('/')}`;
}

/** The translation status of a campaign with the given default locale and locales. */
export function campaignTranslationStatus(
  folder: CampaignFolder,
  config: { defaultLocale: string; locales: readonly string[] },
): CampaignStatus {
  const sources = folder.mdx.filter((file) => localeOf(file) === config.defaultLocale);
  const locales = config.locales
    .filter((locale) => locale !== config.defaultLocale)
    .map((locale): LocaleStatus => {
      const translations = new Map(
        folder.mdx.filter((file) => localeOf(file) === locale).map((file) => [translationKey(file), file]),
      );
      const items = sources.map((source): TranslationItem => {
        const translation = translations.get(translationKey(source));
        return {
          kind: isToolkitFile(source) ? 'toolkit' : 'page',
          slug: translationKey(source),
          source: source.displayPath,
          file: translation?.displayPath ?? pathInLocale(source, locale),
          state: translationState(source.text, translation && { sourceHash: recordedSourceHash(translation.text) }),
        };
      });
      const counts = Object.fromEntries(
        TRANSLATION_STATES.map((state) => [state, items.filter((item) => item.state === state).length]),
      ) as Record<TranslationState, number>;
      return { locale, counts, items };
    });
  return { campaign: folder.id, defaultLocale: config.defaultLocale, sources: sources.length, locales };
}

/** Whether anything is missing or outdated, which `--strict` treats as a failure. */
export function needsTranslationWork(statuses: readonly CampaignStatus[]): boolean {
  return statuses.some((status) => status.locales.some((locale) => locale.counts.missing + locale.counts.outdated > 0));
}
