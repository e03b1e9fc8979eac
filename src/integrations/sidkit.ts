/**
 * sidkit as one Astro integration: the build's steps in their fixed order, each stated here.
 *
 * 1. check: every campaign, before Astro loads any content (./check-content-tree.ts);
 * 2. pages: MDX through @astrojs/mdx, refused again if it holds code or unsafe links (./refuse-unsafe-mdx.ts), with activities and worksheets anchored and each
 *    `<Figure>`'s picture handed to Astro's image pipeline while it compiles, rendered by Astro; each locale's 404 page moved to `<locale>/404.html`;
 * 3. finishing (./finish-site.ts): toolkit PDFs, their download sizes, the search index, then each
 *    page's Content-Security-Policy meta and the `_headers` file, from the pages as published.
 *
 * In one slice of a sliced build the check and the finishing steps are skipped: `npm run
 * build` checks before the first slice and finishes after the last (src/cli/build.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { componentAnchorsPlugin } from '../lib/content/component-anchors.ts';
import { figurePicturePlugin } from '../lib/content/figure-picture.ts';
import { warmUpPdfCompilerPool } from '../lib/pdf/compile-pool.ts';
import { isSliceBuild } from '../site/build-slice.ts';
import { projectModel } from '../site/project-model.ts';
import { checkContentTree } from './check-content-tree.ts';
import { finishSite } from './finish-site.ts';
import { localeNotFoundPages } from './locale-not-found.ts';
import { recheckOnEdit } from './recheck-on-edit.ts';
import { refuseUnsafeMdx } from './refuse-unsafe-mdx.ts';
import { supporterLogos } from './supporter-logos.ts';

/**
 * The check, before anything is loaded; on errors the report is printed and the process stops with
 * exit code 1. In dev it runs again after every edit of a campaign file (./recheck-on-edit.ts).
 */
function contentCheck(): AstroIntegration {
  return {
    name: 'sidkit:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command, updateConfig }) => {
        if (isSliceBuild()) return;
        checkContentTree(logger, command);
        if (command === 'dev') updateConfig({ vite: { plugins: [recheckOnEdit(logger)] } });
      },
    },
  };
}

/** The finishing steps, once the pages are written. */
function finishing(): AstroIntegration {
  let base = '/';
  return {
    name: 'sidkit:finish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      // Pages render on one core: the PDF step's Typst processes load their fonts on the others meanwhile,
      // from the end of bundling (static builds call no Astro hook between bundling and rendering).
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || isSliceBuild()) return;
        const warmUp = () => warmUpPdfCompilerPool(projectModel());
        updateConfig({
          vite: { plugins: [{ name: 'sidkit:warm-up-pdf-compilers', apply: 'build', buildEnd: warmUp }] },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSliceBuild()) return;
        await finishSite(fileURLToPath(dir), base, projectModel(), (step) => logger.fork(step));
      },
    },
  };
}

/** Every integration sidkit needs, in the order the build runs them. */
export function sidkit(): AstroIntegration[] {
  const anchoredMdx = mdx({
    processor: satteri({ mdastPlugins: [refuseUnsafeMdx, componentAnchorsPlugin, figurePicturePlugin] }),
  });
  return [contentCheck(), anchoredMdx, supporterLogos(), localeNotFoundPages(), finishing()];
}
