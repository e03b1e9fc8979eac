/**
 * The neutral page "Leave this site quickly" leads to from a campaign's pages, with the
 * campaign's own address and UI overrides applied: one place for the layouts that show
 * the bar and its skip link.
 */
import { createTranslate } from '../i18n/translate.ts';
import type { CampaignConfig } from '../lib/content/campaign-schema.ts';
import { quickExitUrl } from '../lib/routing/quick-exit.ts';

/** The quick-exit address for `locale` on the pages of the campaign configured by `config` (none: sidkit's default). */
export function quickExitHref(config: Pick<CampaignConfig, 'quickExit' | 'ui'> | undefined, locale: string): string {
  return quickExitUrl(config?.quickExit.url, locale, createTranslate(locale, config?.ui)('quickExit.search'));
}
