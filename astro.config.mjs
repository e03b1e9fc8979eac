// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { localeNotFoundPages } from './src/integrations/locale-not-found.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { toolkitPdfs } from './src/integrations/toolkit-pdfs.ts';

// SIDKIT_SITE is the canonical URL the site is published at (used by the sitemap and hreflang links);
// SIDKIT_BASE a sub-path to publish under; SIDKIT_OUT_DIR and SIDKIT_CAMPAIGNS let tests build fixtures.
export default defineConfig({
  site: process.env.SIDKIT_SITE ?? 'https://example.org',
  base: process.env.SIDKIT_BASE ?? '/',
  outDir: process.env.SIDKIT_OUT_DIR ?? './dist',
  cacheDir: process.env.SIDKIT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), localeNotFoundPages(), toolkitPdfs(), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" marker that Rolldown warns about once
        // per page; the warning is noise for organisers, so it is filtered out.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
