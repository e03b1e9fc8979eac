/**
 * The project model: the campaigns folder read once into validated campaign settings and
 * every route of the site, pages and toolkits alike, from the file listing alone (no MDX is
 * parsed). The build planner, the PDF step, the search step, the content collections and the
 * organiser commands all work from it instead of reading campaign.yaml or guessing routes
 * from built files.
 */
import type { CampaignConfig } from '../content/campaign-schema.ts';
import {
  listCampaignFolders,
  readCampaignConfig,
  TOOLKITS_FOLDER,
  type CampaignListing,
  type SourceFile,
} from '../content/campaign-tree.ts';
import { pageIdFromPath, pageLocationFromId } from '../content/page-id.ts';
import type { Problem } from '../errors/problem.ts';
import { siteRoutes, TOOLKITS_SLUG, type PageRef, type PageRoute } from '../routing/routes.ts';
import { PAPER_SIZES, toolkitPdfPath, toolkitZipPath, type PaperSize } from '../routing/toolkit-files.ts';
import { pagePath } from '../routing/urls.ts';
import { readCampaignSettings } from './campaign-settings.ts';

/** A campaign whose campaign.yaml is valid. */
export interface CampaignModel extends CampaignListing {
  configFile: SourceFile;
  config: CampaignConfig;
}

/** The URL of a toolkit in one locale, with the files the PDF step writes for it. */
export interface ToolkitRoute extends PageRoute {
  /** The toolkit's file name without `.mdx`, e.g. `ages-7-11`. */
  toolkit: string;
  /** The built page, relative to the output folder, e.g. `fr/sid-2027/toolkits/ages-7-11/index.html`. */
  htmlPath: string;
  /** Site paths of its PDFs, by paper size. */
  pdfPaths: Readonly<Record<PaperSize, string>>;
  /** Site path of the ZIP of every toolkit PDF of its campaign and locale. */
  zipPath: string;
  /** The MDX file it is printed from, relative to the campaigns folder. */
  sourcePath: string;
}

/** The whole site as the campaigns folder describes it. */
export interface ProjectModel {
  campaignsDir: string;
  /** Every campaign folder, valid or not, as listed. */
  folders: readonly CampaignListing[];
  /** The campaigns with valid settings, by folder name order. */
  campaigns: readonly CampaignModel[];
  /** Problems of campaign.yaml files; the content check reports them with everything else. */
  problems: readonly Problem[];
  /** Page entry ids (`<campaign>/<locale>/<slug>`) of every page and every toolkit file. */
  entryIds: { pages: readonly string[]; toolkits: readonly string[] };
  /** Every campaign page URL, translations and fallbacks alike. Titles are left empty: they live in the MDX. */
  pageRoutes: readonly PageRoute[];
  /** Every toolkit URL, translations and fallbacks alike. */
  toolkitRoutes: readonly ToolkitRoute[];
}

/** The entry ids of every page and every toolkit in the listed folders. */
function listedEntryIds(folders: readonly CampaignListing[]): ProjectModel['entryIds'] {
  const mdx = folders.flatMap((folder) =>
    folder.files.filter((file) => file.endsWith('.mdx')).map((file) => `${folder.id}/${file}`),
  );
  const isToolkit = (path: string) => path.split('/')[2] === TOOLKITS_FOLDER;
  return {
    pages: mdx.filter((path) => !isToolkit(path)).map(pageIdFromPath),
    toolkits: mdx.filter(isToolkit).map(pageIdFromPath),
  };
}

/** A route's toolkit file paths; the route's slug is `toolkits/<name>`. */
function toolkitRoute(route: PageRoute): ToolkitRoute {
  const toolkit = route.slug.slice(TOOLKITS_SLUG.length + 1);
  const pdfPaths = Object.fromEntries(
    PAPER_SIZES.map((paper) => [paper, toolkitPdfPath(route.campaign, route.locale, toolkit, paper)]),
  ) as Record<PaperSize, string>;
  return {
    ...route,
    toolkit,
    htmlPath: `${pagePath(route.locale, route.campaign, route.slug).slice(1)}index.html`,
    pdfPaths,
    zipPath: toolkitZipPath(route.campaign, route.locale),
    sourcePath: `${route.campaign}/${route.contentLocale}/${route.slug}.mdx`,
  };
}

/** Reads the campaigns folder at `campaignsDir`: every campaign.yaml once, and the file listing. */
export function readProject(campaignsDir: string): ProjectModel {
  const folders = listCampaignFolders(campaignsDir);
  const campaigns: CampaignModel[] = [];
  const problems: Problem[] = [];
  for (const folder of folders) {
    const configFile = readCampaignConfig(folder);
    if (!configFile) continue; // the content check reports a campaign without campaign.yaml
    const settings = readCampaignSettings(folder, configFile);
    problems.push(...settings.problems);
    if (settings.config) campaigns.push({ ...folder, configFile, config: settings.config });
  }
  const entryIds = listedEntryIds(folders);
  const refs = (ids: readonly string[]): PageRef[] =>
    ids.map((id) => ({ ...pageLocationFromId(id), title: '', order: 0 }));
  const routing = campaigns.map((campaign) => ({ id: campaign.id, ...campaign.config }));
  return {
    campaignsDir,
    folders,
    campaigns,
    problems,
    entryIds,
    pageRoutes: siteRoutes(routing, refs(entryIds.pages)),
    toolkitRoutes: siteRoutes(routing, refs(entryIds.toolkits)).map(toolkitRoute),
  };
}
