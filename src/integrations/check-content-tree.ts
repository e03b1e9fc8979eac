/**
 * Checks the whole project before Astro loads it, so that an organiser gets one report with
 * every problem instead of the first stack trace. Files unchanged since the last check come
 * from the check cache in the build cache folder (src/lib/content/check-cache.ts).
 */
import { buildSettings } from '../lib/build/settings.ts';
import { openCheckCache } from '../lib/content/check-cache.ts';
import { checkProject } from '../lib/content/check-campaigns.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { hasErrors } from '../lib/errors/problem.ts';
import { projectModel } from '../site/project-model.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/**
 * Checks the project model and every campaign's MDX; logs warnings, or prints the report, which
 * campaigns were fine, and exits with code 1 on errors. `command` is Astro's: in dev the organiser is also told the server waits.
 */
export function checkContentTree(logger: BuildLogger, command: string): void {
  const model = projectModel();
  if (model.folders.length === 0)
    logger.warn(`No campaigns found in ${model.campaignsDir}. Create one with: npm run new -- campaign <slug>`);
  const cache = openCheckCache(buildSettings().buildCache);
  const problems = checkProject(model, cache);
  cache?.save();
  const reused = cache?.stats.reused ? ` (${cache.stats.reused} unchanged file(s) from the check cache)` : '';
  if (problems.length === 0) {
    logger.info(`Checked ${model.folders.length} campaign(s) in ${model.campaignsDir}: no problems${reused}.`);
    return;
  }
  if (command === 'dev' && hasErrors(problems)) {
    logger.error('Fix the problems below; the dev server will not start until the content is valid.');
  }
  stopOnProblems(problems, logger, campaignSummary(problems, shownCampaigns(model.folders)));
}
