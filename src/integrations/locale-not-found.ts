/**
 * Moves each locale's 404 page from `<locale>/404/index.html` to `<locale>/404.html`, the
 * name static hosts look for when they serve the nearest 404 page of a folder.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The integration; runs after the build. */
export function localeNotFoundPages(): AstroIntegration {
  return {
    name: 'sidkit:locale-not-found',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        for (const entry of await readdir(root, { withFileTypes: true })) {
          const folder = join(root, entry.name, '404');
          if (!entry.isDirectory() || !existsSync(join(folder, 'index.html'))) continue;
          renameSync(join(folder, 'index.html'), join(root, entry.name, '404.html'));
          rmdirSync(folder);
          moved++;
        }
        logger.info(`Placed ${moved} locale 404 page(s) at <locale>/404.html.`);
      },
    },
  };
}
