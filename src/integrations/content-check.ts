/**
 * The integration that checks the whole campaigns tree before Astro loads it, so that an
 * organiser gets one report with every problem instead of the first stack trace.
 */
import type { AstroIntegration } from 'astro';
import { campaignsDir } from '../lib/content/campaigns-dir.ts';
import { readCampaignTree } from '../lib/content/campaign-tree.ts';
import { checkCampaigns } from '../lib/content/check-campaigns.ts';
import { hasErrors } from '../lib/errors/problem.ts';
import { loadCheckContext } from '../site/check-context.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** Checks content at config time; on errors prints the report and stops the process with exit code 1. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sidkit:content-check',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        const dir = campaignsDir();
        const folders = readCampaignTree(dir);
        if (folders.length === 0) logger.warn(`No campaigns found in ${dir}. Create one with: npm run new -- campaign <slug>`);
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
      },
    },
  };
}
