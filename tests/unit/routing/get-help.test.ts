import { describe, expect, test } from 'vitest';
import { campaignHelpPath, helpCampaignFor } from '../../../src/lib/routing/get-help.ts';

const sid2028 = { id: 'sid-2028', defaultLocale: 'en', locales: ['en', 'fr'] };
const sid2027 = { id: 'sid-2027', defaultLocale: 'en', locales: ['en', 'fr', 'ar'] };

describe('the Get help link', () => {
  test('opens the campaign’s get-help page, or its home page where it has none', () => {
    expect(campaignHelpPath([{ slug: '' }, { slug: 'get-help' }], 'sid-2027', 'ar')).toBe('/ar/sid-2027/get-help/');
    expect(campaignHelpPath([{ slug: '' }, { slug: 'schools' }], 'sid-2027', 'ar')).toBe('/ar/sid-2027/');
  });

  test('outside a campaign, uses the newest campaign published in the page’s language', () => {
    expect(helpCampaignFor([sid2028, sid2027], 'fr')).toEqual({ campaign: 'sid-2028', locale: 'fr' });
    expect(helpCampaignFor([sid2028, sid2027], 'ar')).toEqual({ campaign: 'sid-2027', locale: 'ar' });
  });

  test('falls back to the newest campaign in its default language when none is published in the page’s', () => {
    expect(helpCampaignFor([sid2028, sid2027], 'zh')).toEqual({ campaign: 'sid-2028', locale: 'en' });
    expect(helpCampaignFor([], 'zh')).toBeUndefined();
  });
});
