/**
 * What a scaffolding command will write, decided before anything is written: the files,
 * or the problems that stop it. The planned files are checked as the build would check
 * them, so a command either writes a campaign that builds or writes nothing.
 */
import { relative } from 'node:path';
import type { CampaignFolder, SourceFile } from '../content/campaign-tree.ts';
import { checkCampaign } from '../content/check-campaigns.ts';
import type { CampaignCheckContext } from '../model/campaign-data.ts';
import type { Problem } from '../errors/problem.ts';
import type { CampaignsOnDisk } from '../cli/existing-campaign.ts';
import { isSupporterFile } from '../people/supporters.ts';

/** A file to write: its absolute path and its whole text. */
export interface PlannedFile {
  path: string;
  text: string;
}

/** The outcome of planning: files to write and what to tell the organiser, or the problems that stop the command. */
export type Plan = { ok: true; files: PlannedFile[]; next: string[] } | { ok: false; problems: Problem[] };

/** Where the command runs: the campaigns folder as read from disk, and what content is checked against. */
export interface ScaffoldContext extends CampaignCheckContext, CampaignsOnDisk {}

/** A plan that stops the command. */
export function refused(problems: Problem[]): Plan {
  return { ok: false, problems };
}

function sourceFile(dir: string, file: PlannedFile): SourceFile {
  return {
    pathInCampaign: relative(dir, file.path).split('\\').join('/'),
    displayPath: relative(process.cwd(), file.path) || file.path,
    text: file.text,
  };
}

/** The files of supporters/ once the planned ones are written, in path order. */
function supporterFilesWith(existing: readonly SourceFile[], planned: readonly SourceFile[]): SourceFile[] {
  const byPath = new Map(existing.map((file) => [file.pathInCampaign, file]));
  for (const file of planned.filter((item) => isSupporterFile(item.pathInCampaign)))
    byPath.set(file.pathInCampaign, file);
  return [...byPath.values()].sort((a, b) => a.pathInCampaign.localeCompare(b.pathInCampaign));
}

/** The campaign folder as it will be once the planned files are written. */
function folderWith(folder: CampaignFolder, files: readonly PlannedFile[]): CampaignFolder {
  const planned = files.map((file) => sourceFile(folder.dir, file));
  const byPath = (name: string) => planned.find((file) => file.pathInCampaign === name);
  const mdx = new Map(folder.mdx.map((file) => [file.pathInCampaign, file]));
  for (const file of planned.filter((item) => item.pathInCampaign.endsWith('.mdx'))) mdx.set(file.pathInCampaign, file);
  return {
    ...folder,
    files: [...new Set([...folder.files, ...planned.map((file) => file.pathInCampaign)])],
    config: byPath('campaign.yaml') ?? folder.config,
    facts: byPath('facts.yaml') ?? folder.facts,
    help: byPath('help.yaml') ?? folder.help,
    kit: byPath('kit.yaml') ?? folder.kit,
    supporters: byPath('supporters.yaml') ?? folder.supporters,
    supporterFiles: supporterFilesWith(folder.supporterFiles ?? [], planned),
    events: byPath('events.yaml') ?? folder.events,
    mdx: [...mdx.values()].sort((a, b) => a.pathInCampaign.localeCompare(b.pathInCampaign)),
  };
}

/**
 * The plan for writing `files` into `folder`, after checking the folder as it would then be.
 * Only problems in the planned files stop it: problems the campaign already had are its own.
 */
export function checkedPlan(
  folder: CampaignFolder,
  files: PlannedFile[],
  next: string[],
  context: CampaignCheckContext,
): Plan {
  const displayPaths = new Set(files.map((file) => sourceFile(folder.dir, file).displayPath));
  const problems = checkCampaign(folderWith(folder, files), context).filter(
    (p) => p.severity === 'error' && displayPaths.has(p.file),
  );
  return problems.length ? refused(problems) : { ok: true, files, next };
}
