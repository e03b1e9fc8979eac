/**
 * The end of a report that stops a build of several campaigns: which campaigns were fine and
 * which were not, and the command that builds the fine ones, so that one broken campaign does
 * not keep the others from being published.
 */
import { relative } from 'node:path';
import type { Problem } from './problem.ts';

/** A campaign folder as the report shows it: its name and its path, relative to the project like problem files. */
export interface ShownCampaign {
  id: string;
  path: string;
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One campaign's part of the summary: "no problems", "3 errors", "1 error and 2 warnings". */
function campaignCounts(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [...(errors ? [counted(errors, 'error')] : []), ...(warnings ? [counted(warnings, 'warning')] : [])];
  return parts.join(' and ') || 'no problems';
}

/**
 * The summary by campaign of a report with errors, e.g. "By campaign: alpha: no problems; broken: 3 errors.",
 * then how to build the campaigns without errors; undefined when there is one campaign or no error.
 */
export function campaignSummary(problems: readonly Problem[], campaigns: readonly ShownCampaign[]): string | undefined {
  if (campaigns.length < 2 || !problems.some((p) => p.severity === 'error')) return undefined;
  const inCampaign = (campaign: ShownCampaign) => problems.filter((p) => p.file.startsWith(`${campaign.path}/`));
  const byCampaign = campaigns.map((campaign) => ({ id: campaign.id, problems: inCampaign(campaign) }));
  const attributed = new Set(byCampaign.flatMap((campaign) => campaign.problems));
  const elsewhere = problems.filter((p) => !attributed.has(p) && p.severity === 'error').length;
  const fine = byCampaign.filter((campaign) => !campaign.problems.some((p) => p.severity === 'error'));
  const lines = [
    `By campaign: ${byCampaign.map((campaign) => `${campaign.id}: ${campaignCounts(campaign.problems)}`).join('; ')}.`,
  ];
  if (elsewhere)
    lines.push(`Outside the campaign folders: ${counted(elsewhere, 'error')}, which stop the build of every campaign.`);
  else if (fine.length)
    lines.push(
      `To publish the campaigns without errors while the others are fixed: npm run build -- --campaign ${fine.map((campaign) => campaign.id).join(',')}`,
    );
  else lines.push('No campaign is free of errors.');
  return lines.join('\n');
}

/** Campaign folders (`id`, absolute `dir`) as the report shows them, relative to `cwd` as problem files are. */
export function shownCampaigns(folders: readonly { id: string; dir: string }[], cwd = process.cwd()): ShownCampaign[] {
  return folders.map(({ id, dir }) => ({ id, path: relative(cwd, dir) || dir }));
}
