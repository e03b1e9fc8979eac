/**
 * Reads the `campaigns/` folder: the listing, each campaign's data files (read once, by the
 * project model in src/lib/model/) and its MDX files (read by the checks and commands that
 * need page text). The only part of content checking that touches disk.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readTextFile } from '../files/read-text.ts';
import { isSupporterFile } from '../people/supporters.ts';

/** A text file of a campaign, with its path for reports. */
export interface SourceFile {
  /** Path relative to the campaign folder, with forward slashes, e.g. `en/get-help.mdx`. */
  pathInCampaign: string;
  /** Path to show in reports, relative to the working directory. */
  displayPath: string;
  text: string;
}

/** A campaign folder's name, place and file list, before any file is read. */
export interface CampaignListing {
  id: string;
  dir: string;
  /** Every file path in the folder, relative to it, for checking references such as the logo. */
  files: string[];
}

/** A campaign folder with its data files read: settings, facts, help and kit, each if present. */
export interface CampaignDataFiles extends CampaignListing {
  config?: SourceFile;
  facts?: SourceFile;
  help?: SourceFile;
  kit?: SourceFile;
  /** supporters.yaml: a list of supporters. */
  supporters?: SourceFile;
  /** supporters/<id>.yaml: one supporter each, in path order. */
  supporterFiles?: SourceFile[];
  events?: SourceFile;
}

/** A campaign folder with every file read, data and MDX alike. */
export interface CampaignFolder extends CampaignDataFiles {
  /** Every MDX file: pages, and toolkits under `<locale>/toolkits/`. */
  mdx: SourceFile[];
}

/** The folder inside a locale that holds toolkits rather than pages. */
export const TOOLKITS_FOLDER = 'toolkits';

/** Whether a campaign MDX file is a toolkit (`<locale>/toolkits/<slug>.mdx`). */
export function isToolkitFile(file: SourceFile): boolean {
  return file.pathInCampaign.split('/')[1] === TOOLKITS_FOLDER;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return entry.isFile() ? [relative(base, full).split('\\').join('/')] : [];
  });
}

function readSource(dir: string, pathInCampaign: string): SourceFile {
  const full = join(dir, pathInCampaign);
  return { pathInCampaign, displayPath: relative(process.cwd(), full) || full, text: readTextFile(full) };
}

/** Lists every campaign folder below `campaignsDir` without reading its files: enough to plan a build. */
export function listCampaignFolders(campaignsDir: string): CampaignListing[] {
  if (!existsSync(campaignsDir)) return [];
  return readdirSync(campaignsDir)
    .filter((name) => !name.startsWith('.') && statSync(join(campaignsDir, name)).isDirectory())
    .sort()
    .map((id) => ({ id, dir: join(campaignsDir, id), files: listFiles(join(campaignsDir, id)) }));
}

/** Reads a listed campaign folder's data files: campaign.yaml, facts.yaml, help.yaml, kit.yaml, supporters and events.yaml, each if present. */
export function readCampaignDataFiles(folder: CampaignListing): CampaignDataFiles {
  const optional = (name: string) => (folder.files.includes(name) ? readSource(folder.dir, name) : undefined);
  return {
    ...folder,
    config: optional('campaign.yaml'),
    facts: optional('facts.yaml'),
    help: optional('help.yaml'),
    kit: optional('kit.yaml'),
    supporters: optional('supporters.yaml'),
    supporterFiles: folder.files
      .filter(isSupporterFile)
      .sort()
      .map((file) => readSource(folder.dir, file)),
    events: optional('events.yaml'),
  };
}

/** Reads a listed campaign folder's MDX files, pages and toolkits, in path order. */
export function readCampaignMdx(folder: CampaignListing): SourceFile[] {
  return folder.files
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => readSource(folder.dir, file));
}
