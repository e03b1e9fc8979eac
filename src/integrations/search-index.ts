/**
 * The integration that indexes the built site for search once every other step has written
 * its HTML (./index-for-search.ts), loading Pagefind only then.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isSliceBuild } from '../site/build-slice.ts';

/** The integration; runs after every other build step that writes HTML, except in one slice of a sliced build. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'sidkit:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSliceBuild()) return;
        const { indexForSearch } = await import('./index-for-search.ts');
        await indexForSearch(fileURLToPath(dir), base, logger);
      },
    },
  };
}
