/**
 * An integration that runs one finishing step, such as printing the PDFs or indexing for
 * search, over the built site once `astro build` has written it. In one slice of a sliced
 * build it does nothing: `npm run build` runs the step once after the last slice. The
 * step's code is loaded only when it runs, so that starting a build or the dev server does
 * not pay for it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isSliceBuild } from '../site/build-slice.ts';
import type { BuildLogger } from './build-logger.ts';

/** A finishing step: the built site's folder, the base path it is published under, and where to log. */
export type FinishingStep = (root: string, base: string, logger: BuildLogger) => Promise<void>;

/** The integration named `name` that runs the step `load` resolves to, after the build. */
export function finishingStep(name: string, load: () => Promise<FinishingStep>): AstroIntegration {
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isSliceBuild()) return;
        const step = await load();
        await step(fileURLToPath(dir), base, logger);
      },
    },
  };
}
