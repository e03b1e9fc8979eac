/**
 * What planning a sliced build needs from the campaigns folder, read without loading any
 * page: each campaign's locales, and the entry ids of its pages and toolkits.
 */
import { campaignSchema } from '../content/campaign-schema.ts';
import { readCampaignConfig, TOOLKITS_FOLDER, type CampaignListing } from '../content/campaign-tree.ts';
import { pageIdFromPath } from '../content/page-id.ts';
import { parseYaml } from '../content/yaml.ts';
import type { CampaignRouting } from '../routing/routes.ts';

/** Each campaign's routing settings, or undefined when a campaign.yaml is missing or invalid: the content check reports that. */
export function readCampaignRouting(folders: readonly CampaignListing[]): CampaignRouting[] | undefined {
  const campaigns: CampaignRouting[] = [];
  for (const folder of folders) {
    const config = readCampaignConfig(folder);
    const parsed = config ? campaignSchema.safeParse(parseYaml(config.text).data) : undefined;
    if (!parsed?.success) return undefined;
    campaigns.push({ id: folder.id, defaultLocale: parsed.data.defaultLocale, locales: parsed.data.locales });
  }
  return campaigns;
}

/** The entry ids of every page and every toolkit in the listed folders. */
export function listedEntryIds(folders: readonly CampaignListing[]): { pages: string[]; toolkits: string[] } {
  const mdx = folders.flatMap((folder) =>
    folder.files.filter((file) => file.endsWith('.mdx')).map((file) => `${folder.id}/${file}`),
  );
  const isToolkit = (path: string) => path.split('/')[2] === TOOLKITS_FOLDER;
  return {
    pages: mdx.filter((path) => !isToolkit(path)).map(pageIdFromPath),
    toolkits: mdx.filter(isToolkit).map(pageIdFromPath),
  };
}
