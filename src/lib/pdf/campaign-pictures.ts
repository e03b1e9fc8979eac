/**
 * A campaign's logo and key visual as Typst reads them, mapped into the compiler at fixed
 * paths: for the covers of its PDFs and for the pictures of its kit. An SVG that colours
 * itself with CSS properties gets the brand colours written in.
 */
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tint } from '../colour.ts';
import type { CampaignModel } from '../model/project.ts';
import { SOFT_SHARE, withBrandColours } from './brand-svg.ts';
import type { ToolkitPdfCampaign } from './toolkit-document.ts';

const LOGO_PATH = '/logo.svg';
const COVER_PICTURE_PATH = '/cover-picture.svg';
/** sidkit's own key visual, on the covers of campaigns that name none. */
const DEFAULT_COVER_PICTURE = fileURLToPath(new URL('../../assets/illustrations/hero.svg', import.meta.url));

/** The campaign's key visual for the cover, drawable by Typst: an SVG in the brand colours, a PNG or JPEG as it is, other pictures as PNG. */
export async function coverPicture(campaign: CampaignModel): Promise<{ path: string; bytes: Uint8Array }> {
  const { primary, accent, keyVisual } = campaign.config.brand;
  const file = keyVisual ? join(campaign.dir, keyVisual) : DEFAULT_COVER_PICTURE;
  const extension = extname(file).toLowerCase();
  if (['.png', '.jpg', '.jpeg'].includes(extension))
    return { path: `/cover-picture${extension}`, bytes: readFileSync(file) };
  if (extension !== '.svg')
    return { path: '/cover-picture.png', bytes: await sharp(readFileSync(file)).png().toBuffer() };
  const colours = { primary, soft: tint(primary, SOFT_SHARE), ...(accent ? { accent } : {}) };
  return { path: COVER_PICTURE_PATH, bytes: Buffer.from(withBrandColours(readFileSync(file, 'utf8'), colours)) };
}

/** What a toolkit's PDF needs from its campaign, and the logo and cover picture mapped into the compiler. */
export async function pdfCampaign(campaign: CampaignModel): Promise<{
  campaign: ToolkitPdfCampaign & { defaultLocale: string };
  help: CampaignModel['help'];
  files: Map<string, Uint8Array>;
}> {
  const logo = campaign.config.brand.logo;
  const picture = await coverPicture(campaign);
  const files = new Map([[picture.path, new Uint8Array(picture.bytes)]]);
  if (logo) files.set(LOGO_PATH, new Uint8Array(readFileSync(join(campaign.dir, logo))));
  return {
    campaign: { ...campaign.config, coverPicturePath: picture.path, ...(logo ? { logoPath: LOGO_PATH } : {}) },
    help: campaign.help,
    files,
  };
}
