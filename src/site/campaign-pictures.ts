/**
 * The picture files of a campaign that its icons, link-preview pictures and home page hero are
 * drawn from, read from the campaign folder (campaign.yaml was checked to point inside it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainIconSvg } from '../lib/meta/app-icons.ts';
import { keyVisualFilePath, keyVisualFiles, type KeyVisualFile } from '../lib/meta/key-visual.ts';
import { pictureSize } from '../lib/meta/render-images.ts';
import { siteHref } from './campaign-chrome.ts';
import { illustration } from './illustrations.ts';
import { campaignLogoSvg, type Campaign } from './data.ts';
import { projectModel } from './project-model.ts';

/** The SVG the campaign's icons are drawn from: its logo, or a square of its brand colour when it has none. */
export function campaignIconSvg(campaign: Campaign): Buffer {
  return Buffer.from(campaignLogoSvg(campaign) ?? plainIconSvg(campaign.data.brand.primary));
}

/** The campaign's key visual file, if campaign.yaml names one. */
export function campaignKeyVisual(campaign: Campaign): Buffer | undefined {
  const file = campaign.data.brand.keyVisual;
  return file ? readFileSync(join(projectModel().campaignsDir, campaign.id, file)) : undefined;
}

/** How the home page's hero shows the key visual: sidkit's own SVG inline, or the campaign's file as an image. */
export type HeroVisual = { svg: string } | { src: string; srcset?: string; width: number; height: number };

/** The hero's key visual: the campaign's (brand.keyVisual), or sidkit's default illustration when it names none. */
export async function heroVisual(campaign: Campaign): Promise<HeroVisual> {
  const path = campaign.data.brand.keyVisual;
  const picture = campaignKeyVisual(campaign);
  if (!path || !picture) return { svg: illustration('hero') ?? '' };
  const files = keyVisualFiles(path);
  const href = (file: KeyVisualFile) => siteHref(keyVisualFilePath(campaign.id, file));
  const srcset = files.flatMap((file) => (file.width ? [`${href(file)} ${file.width}w`] : [])).join(', ');
  return { src: href(files.at(-1)!), ...(srcset ? { srcset } : {}), ...(await pictureSize(picture)) };
}
