/**
 * The picture files of a campaign that its icons and link-preview pictures are drawn from,
 * read from the campaign folder (campaign.yaml was checked to point inside it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainIconSvg } from '../lib/meta/app-icons.ts';
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
