// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { sidkit } from './src/integrations/sidkit.ts';
import { buildSettings } from './src/lib/build/settings.ts';
import { isSliceBuild } from './src/site/build-slice.ts';

const { site, base, outDir, cacheDir, buildCache, sliceLocales } = buildSettings();

export default defineConfig({
  site,
  base,
  outDir,
  // Each slice of a sliced build keeps its own record of the pages it built, which a whole build would otherwise prune.
  cacheDir: sliceLocales ? join(cacheDir, `slice-${sliceLocales.join('-')}`) : cacheDir,
  // Warm rebuilds: pages whose key (src/site/page-cache-key.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: buildCache !== undefined },
  trailingSlash: 'always',
  build: { format: 'directory' },
  image: {
    // Pictures of pages are offered as AVIF (src/lib/content/picture-options.ts). At sharp's default effort (4)
    // AVIF took about 5 times as long to encode as at effort 2, for files about 10 % smaller: 2 keeps builds quick.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
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
