/**
 * Content collections: campaigns (from campaign.yaml), their pages and toolkits (MDX). The content
 * was already checked as a whole (by the content-check integration, or by `npm run build` before
 * the slices of a sliced build), so these loaders only load.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { campaignSchema } from './lib/content/campaign-schema.ts';
import { campaignsDir } from './lib/content/campaigns-dir.ts';
import { listCampaignFolders, readCampaignConfig } from './lib/content/campaign-tree.ts';
import { parseYaml } from './lib/content/yaml.ts';
import { pageSchema } from './lib/content/page-schema.ts';
import { toolkitSchema } from './lib/content/toolkit-schema.ts';
import { campaignMdxLoader } from './site/campaign-mdx-loader.ts';

const dir = campaignsDir();

/** Loads each campaign.yaml as one entry whose id is the campaign folder's name. */
const campaignLoader: Loader = {
  name: 'sidkit-campaigns',
  load: async ({ store, parseData, watcher }) => {
    const load = async () => {
      store.clear();
      for (const folder of listCampaignFolders(dir)) {
        const config = readCampaignConfig(folder);
        if (!config) continue;
        const data = await parseData({ id: folder.id, data: parseYaml(config.text).data as Record<string, unknown> });
        store.set({ id: folder.id, data });
      }
    };
    watcher?.add(dir);
    watcher?.on('change', (path) => path.endsWith('campaign.yaml') && void load());
    await load();
  },
};

export const collections = {
  campaigns: defineCollection({ loader: campaignLoader, schema: campaignSchema }),
  pages: defineCollection({
    loader: campaignMdxLoader((locales) => [`*/${locales}/**/*.mdx`, '!*/*/toolkits/**']),
    schema: pageSchema,
  }),
  toolkits: defineCollection({
    loader: campaignMdxLoader((locales) => `*/${locales}/toolkits/*.mdx`),
    schema: toolkitSchema,
  }),
};
