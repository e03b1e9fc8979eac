/**
 * A campaign's help entries as pages show them: with the campaign's default locale, which
 * an entry's name falls back to where it has none in the content's language.
 */
import type { HelpEntry } from '../lib/sources/help-schema.ts';
import { siteData } from './data.ts';
import { campaignHelp } from './sources.ts';

/** The help entries of a campaign, and the locale their names fall back to. */
export async function helpView(campaign: string): Promise<{ entries: readonly HelpEntry[]; fallbackLocale: string }> {
  const config = (await siteData()).campaigns.find((item) => item.id === campaign);
  if (!config) throw new Error(`Unknown campaign "${campaign}"`);
  return { entries: campaignHelp(campaign), fallbackLocale: config.data.defaultLocale };
}
