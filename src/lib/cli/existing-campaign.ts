/**
 * Finds a campaign named on the command line, with its validated settings, or the problem
 * that says why it cannot be used: no name given, no such folder, or a broken campaign.yaml.
 */
import { join, relative } from 'node:path';
import type { CampaignConfig } from '../content/campaign-schema.ts';
import type { CampaignFolder } from '../content/campaign-tree.ts';
import type { FolderModel } from '../model/project.ts';
import { argumentProblem } from './arguments.ts';
import { CampaignNotFound } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';

/** A campaign folder of the project model with its MDX files read. */
export type CampaignOnDisk = FolderModel & CampaignFolder;

/** A campaign found on disk with valid settings. */
export interface ExistingCampaign {
  folder: CampaignOnDisk;
  config: CampaignConfig;
}

/** The campaigns folder as the project model read it. */
export interface CampaignsOnDisk {
  /** Absolute path of the campaigns folder. */
  campaignsDir: string;
  campaigns: readonly CampaignOnDisk[];
}

/** The campaign called `name`, or the problems that stop `command` from using it. */
export function existingCampaign(
  command: string,
  name: string | undefined,
  context: CampaignsOnDisk,
): ExistingCampaign | Problem[] {
  if (!name)
    return [
      argumentProblem(command, '<campaign>', 'no campaign was named', 'the name of a campaign folder, e.g. sid-2027'),
    ];
  const folder = context.campaigns.find((item) => item.id === name);
  if (!folder?.config) {
    const known = context.campaigns.filter((item) => item.config).map((item) => item.id);
    return [
      problem(CampaignNotFound, {
        file: relative(process.cwd(), join(context.campaignsDir, name)) + '/',
        message: `there is no campaign "${name}" with a campaign.yaml`,
        expected: known.length
          ? `one of: ${known.join(', ')}`
          : 'a campaign created first with npm run new -- campaign <name>',
      }),
    ];
  }
  const { config, problems } = folder.data;
  const settingsFile = folder.config.displayPath;
  return config ? { folder, config } : problems.filter((found) => found.file === settingsFile);
}
