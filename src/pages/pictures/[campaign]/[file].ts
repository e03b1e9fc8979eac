/** A campaign's key visual for its home page's hero (src/lib/meta/key-visual.ts), drawn when the site is built. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyVisualFiles, type KeyVisualFile } from '../../../lib/meta/key-visual.ts';
import { renderWebp } from '../../../lib/meta/render-images.ts';
import { binaryResponse } from '../../../site/binary-response.ts';
import { campaignKeyVisual } from '../../../site/campaign-pictures.ts';
import { siteData, type Campaign } from '../../../site/data.ts';

export const getStaticPaths = (async () => {
  const { campaigns } = await siteData();
  return campaigns.flatMap((campaign) => {
    const path = campaign.data.brand.keyVisual;
    return path
      ? keyVisualFiles(path).map((file) => ({
          params: { campaign: campaign.id, file: file.name },
          props: { campaign, file },
        }))
      : [];
  });
}) satisfies GetStaticPaths;

interface Props {
  campaign: Campaign;
  file: KeyVisualFile;
}

export const GET: APIRoute<Props> = async ({ props: { campaign, file } }) => {
  const picture = campaignKeyVisual(campaign)!;
  if (file.width === undefined) return binaryResponse(picture, 'image/svg+xml');
  return binaryResponse(await renderWebp(picture, file.width), 'image/webp');
};
