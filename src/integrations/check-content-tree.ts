/**
 * Checks the whole campaigns tree before Astro loads it, so that an organiser gets one
 * report with every problem instead of the first stack trace.
 */
import { campaignsDir } from '../lib/content/campaigns-dir.ts';
import { readCampaignTree } from '../lib/content/campaign-tree.ts';
import { checkCampaigns } from '../lib/content/check-campaigns.ts';
import { hasErrors } from '../lib/errors/problem.ts';
import { loadCheckContext } from '../site/check-context.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/**
 * Checks the whole campaigns tree; logs warnings, or prints the report and exits with code 1
 * on errors. `command` is Astro's: in dev the organiser is also told the server waits.
 */
export async function checkContentTree(logger: BuildLogger, command: string): Promise<void> {
  const dir = campaignsDir();
  const folders = readCampaignTree(dir);
  if (folders.length === 0)
    logger.warn(`No campaigns found in ${dir}. Create one with: npm run new -- campaign <slug>`);
  const { context, problems: dataProblems } = await loadCheckContext();
  const problems = [...dataProblems, ...checkCampaigns(folders, context)];
  if (problems.length === 0) {
    logger.info(`Checked ${folders.length} campaign(s) in ${dir}: no problems.`);
    return;
  }
  if (command === 'dev' && hasErrors(problems)) {
    logger.error('Fix the problems below; the dev server will not start until the content is valid.');
  }
  stopOnProblems(problems, logger);
}
