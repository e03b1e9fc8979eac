/**
 * The integration that prints the toolkits to PDF once the pages are written
 * (./print-toolkit-pdfs.ts). The printing code, Typst among it, is loaded only then, so
 * that starting a build or the dev server does not pay for it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isSliceBuild } from '../site/build-slice.ts';

/** The integration; runs after the pages are written, except in one slice of a sliced build. */
export function toolkitPdfs(): AstroIntegration {
  let base = '/';
  return {
    name: 'sidkit:toolkit-pdfs',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSliceBuild()) return;
        const { printToolkitPdfs } = await import('./print-toolkit-pdfs.ts');
        await printToolkitPdfs(fileURLToPath(dir), base, logger);
      },
    },
  };
}
