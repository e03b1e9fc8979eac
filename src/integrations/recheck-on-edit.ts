/**
 * `astro dev` checks the content again after every edit of a campaign file, not only once at
 * startup: the whole project, as a build would, so that a problem one edit causes elsewhere
 * (a fact a page cites, removed from facts.yaml) is reported too. Problems are logged in the
 * terminal and shown in the browser's error overlay; the page itself stays as it was built
 * until the edit is fixed, and MDX that runs code or links unsafely is not compiled at all
 * (./refuse-unsafe-mdx.ts).
 */
import { isAbsolute, relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildSettings } from '../lib/build/settings.ts';
import { openCheckCache } from '../lib/content/check-cache.ts';
import { checkProject } from '../lib/content/check-campaigns.ts';
import { hasErrors } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';
import { projectModel, refreshProjectModel } from '../site/project-model.ts';
import type { BuildLogger } from './build-logger.ts';

/** Whether a changed file is one the content check reads. */
function isContentFile(path: string, campaignsDir: string): boolean {
  const inside = relative(campaignsDir, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && /\.(mdx|ya?ml)$/.test(path);
}

/** The Vite plugin that re-checks the content on every edit while the dev server runs. */
export function recheckOnEdit(logger: BuildLogger): Plugin {
  return {
    name: 'sidkit:recheck-on-edit',
    configureServer(server) {
      // Only the edited file is checked again: the others answer from the check cache.
      const cache = openCheckCache(buildSettings().buildCache);
      const recheck = (path: string, listingChanged: boolean) => {
        if (!isContentFile(path, projectModel().campaignsDir)) return;
        // MDX is read afresh by every check; data files and the file listing live in the model.
        const model = listingChanged || !path.endsWith('.mdx') ? refreshProjectModel() : projectModel();
        const problems = checkProject(model, cache);
        if (problems.length === 0) {
          logger.info(`Checked ${model.folders.length} campaign(s) after the edit: no problems.`);
          return;
        }
        const report = formatReport(problems);
        if (!hasErrors(problems)) {
          logger.warn(report);
          return;
        }
        logger.error(`\n${report}`);
        server.ws.send({
          type: 'error',
          err: { message: report, stack: '', plugin: 'sidkit:content-check', id: path },
        });
      };
      server.watcher.on('change', (path) => recheck(path, false));
      server.watcher.on('add', (path) => recheck(path, true));
      server.watcher.on('unlink', (path) => recheck(path, true));
    },
  };
}
