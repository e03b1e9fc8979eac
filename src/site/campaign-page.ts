/**
 * What every page of a campaign's own sections (kit, certificate, events, supporters,
 * countries) starts from: the site data, the campaign, the translator with the campaign's
 * own UI strings, and the campaign's title in the page's language. One place, so that the
 * section pages cannot drift apart in how they find them.
 */
import { createTranslate, type Translate } from '../i18n/translate.ts';
import { siteData, type Campaign, type SiteData } from './data.ts';

/** A campaign's title in a locale, or its folder name where it has none there. */
export function campaignTitle(campaign: Campaign, locale: string): string {
  return campaign.data.title[locale] ?? campaign.id;
}

/** The site data, campaign, translator and title of a section page of campaign `campaignId` in `locale`. */
export async function campaignPage(
  campaignId: string,
  locale: string,
): Promise<{ data: SiteData; campaign: Campaign; t: Translate; title: string }> {
  const data = await siteData();
  const campaign = data.campaigns.find((item) => item.id === campaignId)!;
  return { data, campaign, t: createTranslate(locale, campaign.data.ui), title: campaignTitle(campaign, locale) };
}
