/**
 * The integration that checks all content at config time (./check-content-tree.ts), except
 * in one slice of a sliced build: `npm run build` checked it before the first slice, and the
 * slice does not even load the checks.
 */
import type { AstroIntegration } from 'astro';
import { isSliceBuild } from '../site/build-slice.ts';

/** On errors the report is printed and the process stops with exit code 1. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sidkit:content-check',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (isSliceBuild()) return;
        const { checkContentTree } = await import('./check-content-tree.ts');
        await checkContentTree(logger, command);
      },
    },
  };
}
