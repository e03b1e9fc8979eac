/** A campaign's link-preview picture in one locale: its key visual on the brand colour, with its title. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeInfo } from '../../../i18n/locales.ts';
import { renderSocialImage } from '../../../lib/meta/render-images.ts';
import { rendersLocale } from '../../../site/build-slice.ts';
import { binaryResponse } from '../../../site/binary-response.ts';
import { campaignKeyVisual } from '../../../site/campaign-pictures.ts';
import { siteData, type Campaign } from '../../../site/data.ts';

export const getStaticPaths = (async () => {
  const { campaigns } = await siteData();
  return campaigns
    .filter((campaign) => campaign.data.brand.keyVisual)
    .flatMap((campaign) =>
      campaign.data.locales
        .filter(rendersLocale)
        .map((locale) => ({ params: { locale, campaign: campaign.id }, props: { campaign } })),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign }, { locale: string }> = async ({
  params: { locale },
  props: { campaign },
}) => {
  const picture = await renderSocialImage({
    keyVisual: campaignKeyVisual(campaign)!,
    background: campaign.data.brand.primary,
    title: campaign.data.title[locale] ?? campaign.id,
    lang: locale,
    dir: localeInfo(locale).dir,
  });
  return binaryResponse(picture, 'image/png');
};
