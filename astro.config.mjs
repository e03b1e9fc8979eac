// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { localeNotFoundPages } from './src/integrations/locale-not-found.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { toolkitPdfs } from './src/integrations/toolkit-pdfs.ts';
import { buildSettings } from './src/lib/build/settings.ts';
import { componentAnchorsPlugin } from './src/lib/content/component-anchors.ts';
import { isSliceBuild } from './src/site/build-slice.ts';

const { site, base, outDir, cacheDir } = buildSettings();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentCheck(),
    // Activities and worksheets get their anchors while the MDX compiles, numbered in document order.
    mdx({ processor: satteri({ mdastPlugins: [componentAnchorsPlugin] }) }),
    localeNotFoundPages(),
    toolkitPdfs(),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Each slice of a sliced build adds its locales to the same folder, which `npm run build` emptied first.
      emptyOutDir: !isSliceBuild(),
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
