/**
 * `/favicon.ico`, from the newest campaign's logo: what browsers ask for where no `<head>`
 * names an icon (a PDF or the sitemap opened directly), so that they get no 404.
 */
import type { APIRoute } from 'astro';
import { DEFAULT_BRAND_COLOUR, FAVICON_ICO_SIZE, plainIconSvg } from '../lib/meta/app-icons.ts';
import { renderFaviconIco } from '../lib/meta/render-images.ts';
import { binaryResponse } from '../site/binary-response.ts';
import { campaignIconSvg } from '../site/campaign-pictures.ts';
import { siteData } from '../site/data.ts';

export const GET: APIRoute = async () => {
  const [newest] = (await siteData()).campaigns;
  const svg = newest ? campaignIconSvg(newest) : Buffer.from(plainIconSvg(DEFAULT_BRAND_COLOUR));
  return binaryResponse(await renderFaviconIco(svg, FAVICON_ICO_SIZE), 'image/x-icon');
};
