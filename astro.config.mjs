// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { sidkit } from './src/integrations/sidkit.ts';
import { buildSettings } from './src/lib/build/settings.ts';
import { isSliceBuild } from './src/site/build-slice.ts';

const { site, base, outDir, cacheDir } = buildSettings();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sidkit()],
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
