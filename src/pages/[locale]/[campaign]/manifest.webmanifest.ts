/** A campaign's web app manifest in one locale: its name, colours and icons, in the locale's language and direction. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { webManifest } from '../../../lib/meta/app-icons.ts';
import { rendersLocale } from '../../../site/build-slice.ts';
import { siteHref } from '../../../site/campaign-chrome.ts';
import { siteData, type Campaign } from '../../../site/data.ts';

export const getStaticPaths = (async () => {
  const { campaigns } = await siteData();
  return campaigns.flatMap((campaign) =>
    campaign.data.locales
      .filter(rendersLocale)
      .map((locale) => ({ params: { locale, campaign: campaign.id }, props: { campaign } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign }, { locale: string }> = ({
  params: { locale },
  props: { campaign },
}) => {
  const manifest = webManifest(
    {
      campaign: campaign.id,
      locale,
      title: campaign.data.title[locale] ?? campaign.id,
      description: campaign.data.tagline[locale] ?? '',
      themeColour: campaign.data.brand.primary,
    },
    siteHref,
  );
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
