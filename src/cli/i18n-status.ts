/**
 * `npm run i18n:status [-- --json | --strict | --mark <file>…]`: which pages and toolkits
 * of each campaign are translated, outdated, untracked or missing in each locale; `--mark`
 * records that a translation is up to date with its original. See src/lib/translation/.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readCommandLine } from '../lib/cli/arguments.ts';
import { existingCampaign } from '../lib/cli/existing-campaign.ts';
import { withMdx } from '../lib/model/project.ts';
import type { Problem } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';
import { planMark } from '../lib/translation/mark.ts';
import { campaignTranslationStatus, needsTranslationWork, type CampaignStatus } from '../lib/translation/status.ts';
import { formatTranslationStatus } from '../lib/translation/status-report.ts';
import { projectModel } from '../site/project-model.ts';

const COMMAND = 'npm run i18n:status';
const OPTIONS = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  mark: { type: 'string', multiple: true },
  help: { type: 'boolean' },
} as const;
const USAGE = `Usage:
  ${COMMAND}                       a table of every campaign's translations
  ${COMMAND} -- --json             the same as JSON
  ${COMMAND} -- --strict           exit with code 1 if anything is missing or outdated
  ${COMMAND} -- --mark <file>…     record that these translations are up to date with their originals`;

function refuse(problems: readonly Problem[]): void {
  console.error(formatReport(problems, 'in the command'));
  process.exitCode = 1;
}

function main(args: readonly string[]): void {
  const read = readCommandLine(COMMAND, args, OPTIONS);
  if ('problems' in read) return refuse(read.problems);
  const { values } = read.line;
  if (values.help) return console.log(USAGE);
  const model = projectModel();
  const context = { campaignsDir: model.campaignsDir, campaigns: model.folders.map(withMdx) };
  const marks = Array.isArray(values.mark) ? values.mark.map(String) : [];
  if (marks.length) {
    const planned = marks.map((file) => planMark(COMMAND, file, context));
    const problems = planned.flatMap((item) => (Array.isArray(item) ? item : []));
    if (problems.length) return refuse(problems);
    for (const item of planned) {
      if (Array.isArray(item)) continue;
      writeFileSync(item.path, item.text);
      console.log(`Marked ${relative(process.cwd(), item.path)} as translated from ${item.source} as it is now.`);
    }
    return;
  }
  const problems: Problem[] = [];
  const statuses: CampaignStatus[] = [];
  for (const folder of context.campaigns.filter((item) => item.config)) {
    const campaign = existingCampaign(COMMAND, folder.id, context);
    if (Array.isArray(campaign)) problems.push(...campaign);
    else statuses.push(campaignTranslationStatus(folder, campaign.config));
  }
  console.log(values.json ? JSON.stringify({ campaigns: statuses }, null, 2) : formatTranslationStatus(statuses));
  if (problems.length) refuse(problems);
  else if (values.strict && needsTranslationWork(statuses)) process.exitCode = 1;
}

main(process.argv.slice(2));
