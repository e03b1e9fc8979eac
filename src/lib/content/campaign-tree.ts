/**
 * Reads the `campaigns/` folder into memory: each campaign's configuration, data files,
 * pages and toolkits, ready for validation. The only part of content checking that
 * touches disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A text file of a campaign, with its path for reports. */
export interface SourceFile {
  /** Path relative to the campaign folder, with forward slashes, e.g. `en/get-help.mdx`. */
  pathInCampaign: string;
  /** Path to show in reports, relative to the working directory. */
  displayPath: string;
  text: string;
}

/** One campaign folder as found on disk. */
export interface CampaignFolder {
  id: string;
  dir: string;
  /** Every file path in the folder, relative to it, for checking references such as the logo. */
  files: string[];
  config?: SourceFile;
  facts?: SourceFile;
  help?: SourceFile;
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
  return { pathInCampaign, displayPath: relative(process.cwd(), full) || full, text: readFileSync(full, 'utf8') };
}

/** A campaign folder's name, place and file list, before any file is read. */
export type CampaignListing = Pick<CampaignFolder, 'id' | 'dir' | 'files'>;

/** Lists every campaign folder below `campaignsDir` without reading its files: enough to plan a build. */
export function listCampaignFolders(campaignsDir: string): CampaignListing[] {
  if (!existsSync(campaignsDir)) return [];
  return readdirSync(campaignsDir)
    .filter((name) => !name.startsWith('.') && statSync(join(campaignsDir, name)).isDirectory())
    .sort()
    .map((id) => ({ id, dir: join(campaignsDir, id), files: listFiles(join(campaignsDir, id)) }));
}

/** Reads a listed campaign folder's campaign.yaml, if it has one. */
export function readCampaignConfig(folder: CampaignListing): SourceFile | undefined {
  return folder.files.includes('campaign.yaml') ? readSource(folder.dir, 'campaign.yaml') : undefined;
}

/** Reads every campaign folder below `campaignsDir`. */
export function readCampaignTree(campaignsDir: string): CampaignFolder[] {
  return listCampaignFolders(campaignsDir).map((folder) => {
    const optional = (name: string) => (folder.files.includes(name) ? readSource(folder.dir, name) : undefined);
    return {
      ...folder,
      config: readCampaignConfig(folder),
      facts: optional('facts.yaml'),
      help: optional('help.yaml'),
      mdx: folder.files
        .filter((file) => file.endsWith('.mdx'))
        .sort()
        .map((file) => readSource(folder.dir, file)),
    };
  });
}
