/** A campaign's favicon and app icons (src/lib/meta/app-icons.ts), drawn from its logo when the site is built. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_FILES } from '../../../lib/meta/app-icons.ts';
import { renderIconPng } from '../../../lib/meta/render-images.ts';
import { binaryResponse } from '../../../site/binary-response.ts';
import { campaignIconSvg } from '../../../site/campaign-pictures.ts';
import { siteData, type Campaign } from '../../../site/data.ts';

export const getStaticPaths = (async () => {
  const { campaigns } = await siteData();
  return campaigns.flatMap((campaign) =>
    Object.values(ICON_FILES).map((icon) => ({
      params: { campaign: campaign.id, file: icon.name },
      props: { campaign, icon },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  campaign: Campaign;
  icon: (typeof ICON_FILES)[keyof typeof ICON_FILES];
}

export const GET: APIRoute<Props> = async ({ props: { campaign, icon } }) => {
  const svg = campaignIconSvg(campaign);
  if (!('size' in icon)) return binaryResponse(svg, 'image/svg+xml');
  return binaryResponse(await renderIconPng(svg, icon), 'image/png');
};
