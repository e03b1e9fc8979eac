/**
 * Content collections: campaigns (from campaign.yaml), their pages and toolkits (MDX). The content
 * was already checked as a whole (by the sidkit integration's first step, or by `npm run build` before
 * the slices of a sliced build), so these loaders only load.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import type { CampaignConfig } from './lib/content/campaign-schema.ts';
import { pageSchema } from './lib/content/page-schema.ts';
import { toolkitSchema } from './lib/content/toolkit-schema.ts';
import { campaignMdxLoader } from './site/campaign-mdx-loader.ts';
import { projectModel, refreshProjectModel } from './site/project-model.ts';

/**
 * Loads each campaign's settings from the project model, which validated them, as one entry
 * whose id is the campaign folder's name. When a data file changes, the dev server reads the
 * model again, so that pages show the new settings, facts and help.
 */
const campaignLoader: Loader = {
  name: 'sidkit-campaigns',
  load: async ({ store, watcher }) => {
    const fill = (campaigns: ReturnType<typeof projectModel>['campaigns']) => {
      store.clear();
      for (const campaign of campaigns) store.set({ id: campaign.id, data: campaign.config });
    };
    const { campaignsDir } = projectModel();
    watcher?.add(campaignsDir);
    watcher?.on('change', (path) => {
      if (path.startsWith(campaignsDir) && path.endsWith('.yaml')) fill(refreshProjectModel().campaigns);
    });
    fill(projectModel().campaigns);
  },
};

export const collections = {
  // Validated once, by the project model: the schema here only gives the entries their type.
  campaigns: defineCollection({ loader: campaignLoader, schema: z.custom<CampaignConfig>() }),
  pages: defineCollection({
    loader: campaignMdxLoader((campaigns, locales) => [`${campaigns}/${locales}/**/*.mdx`, '!*/*/toolkits/**']),
    schema: pageSchema,
  }),
  toolkits: defineCollection({
    loader: campaignMdxLoader((campaigns, locales) => `${campaigns}/${locales}/toolkits/*.mdx`),
    schema: toolkitSchema,
  }),
};
