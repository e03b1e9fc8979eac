/**
 * The project model: the campaigns folder and the data it cites read once, into the source
 * registry, the terminology lists, each campaign's validated settings, facts and help, and
 * every route of the site, pages and toolkits alike, from the file listing alone (no MDX is
 * read). The content check, the build planner, the content collections, the pages, the PDF
 * step, the search step and the organiser commands all work from it instead of reading
 * data files again or guessing routes from built files.
 */
import type { CampaignConfig } from '../content/campaign-schema.ts';
import {
  listCampaignFolders,
  readCampaignDataFiles,
  readCampaignMdx,
  TOOLKITS_FOLDER,
  type CampaignDataFiles,
  type CampaignFolder,
  type CampaignListing,
  type SourceFile,
} from '../content/campaign-tree.ts';
import { pageIdFromPath, pageLocationFromId } from '../content/page-id.ts';
import type { Problem } from '../errors/problem.ts';
import { siteRoutes, TOOLKITS_SLUG, type PageRef, type PageRoute } from '../routing/routes.ts';
import {
  PAPER_SIZES,
  toolkitPdfPath,
  toolkitSlidesPath,
  toolkitSpeakerNotesPath,
  toolkitZipPath,
  type PaperSize,
} from '../routing/toolkit-files.ts';
import { pagePath } from '../routing/urls.ts';
import type { Fact } from '../sources/fact-schema.ts';
import type { KitConfig } from '../kit/kit-schema.ts';
import type { HelpEntry } from '../sources/help-schema.ts';
import { readSourceRegistry } from '../sources/registry.ts';
import type { CampaignEvent } from '../people/events.ts';
import type { Supporter } from '../people/supporter-schema.ts';
import { readTerminology } from '../terminology/terminology.ts';
import { readCampaignData, type CampaignCheckContext, type CampaignData } from './campaign-data.ts';

/** A campaign folder, valid or not, with its data files and what they hold. */
export interface FolderModel extends CampaignDataFiles {
  data: CampaignData;
}

/** A campaign whose campaign.yaml is valid. */
export interface CampaignModel extends CampaignListing {
  configFile: SourceFile;
  config: CampaignConfig;
  facts: readonly Fact[];
  help: readonly HelpEntry[];
  /** kit.yaml, when the campaign has a valid one. */
  kit?: KitConfig;
  /** Its supporters (supporters.yaml and supporters/<id>.yaml) and events (events.yaml), the valid entries. */
  supporters: readonly Supporter[];
  events: readonly CampaignEvent[];
}

/** What the model reads besides the campaigns folder. */
export interface ProjectInputs {
  /** The source registry folder: one YAML file per document. */
  sourcesDir: string;
  /** The terminology folder: one YAML file per locale; without it, no terms are checked. */
  terminologyDir?: string;
  /** Today as YYYY-MM-DD, to flag help entries not verified for a year. */
  today: string;
  /** The build's moment (ms since 1970), which events are judged upcoming or past against; the start of `today` (UTC) when left out. */
  now?: number;
  /** The campaign folders to read (`npm run build -- --campaign`); every folder when left out. */
  campaigns?: readonly string[];
}

/** The URL of a toolkit in one locale, with the files the PDF step writes for it. */
export interface ToolkitRoute extends PageRoute {
  /** The toolkit's file name without `.mdx`, e.g. `ages-7-11`. */
  toolkit: string;
  /** The built page, relative to the output folder, e.g. `fr/sid-2027/toolkits/ages-7-11/index.html`. */
  htmlPath: string;
  /** Site paths of its PDFs, by paper size. */
  pdfPaths: Readonly<Record<PaperSize, string>>;
  /** Site path of its assembly's 16:9 slides; written only when the toolkit has an `<Assembly>`. */
  slidesPath: string;
  /** Site paths of its assembly's speaker notes, by paper size; written only with the slides. */
  speakerNotesPaths: Readonly<Record<PaperSize, string>>;
  /** Site path of the ZIP of every toolkit PDF of its campaign and locale. */
  zipPath: string;
  /** The MDX file it is printed from, relative to the campaigns folder. */
  sourcePath: string;
}

/** The whole site as the campaigns folder describes it. */
export interface ProjectModel {
  campaignsDir: string;
  /** Every campaign folder, valid or not, in name order. */
  folders: readonly FolderModel[];
  /** The campaigns with valid settings, in name order. */
  campaigns: readonly CampaignModel[];
  /** The registered sources and terminology lists, and today: what content is checked against. */
  context: CampaignCheckContext;
  /** When the model was read, in ms since 1970: the moment the events page calls "now", one for every page of a build. */
  builtAtMs: number;
  /** Problems of the registry, the terminology lists and every folder's data files; the content check adds those of the MDX. */
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
  const byPaper = (path: (paper: PaperSize) => string) =>
    Object.fromEntries(PAPER_SIZES.map((paper) => [paper, path(paper)])) as Record<PaperSize, string>;
  const pdfPaths = byPaper((paper) => toolkitPdfPath(route.campaign, route.locale, toolkit, paper));
  return {
    ...route,
    toolkit,
    htmlPath: `${pagePath(route.locale, route.campaign, route.slug).slice(1)}index.html`,
    pdfPaths,
    slidesPath: toolkitSlidesPath(route.campaign, route.locale, toolkit),
    speakerNotesPaths: byPaper((paper) => toolkitSpeakerNotesPath(route.campaign, route.locale, toolkit, paper)),
    zipPath: toolkitZipPath(route.campaign, route.locale),
    sourcePath: `${route.campaign}/${route.contentLocale}/${route.slug}.mdx`,
  };
}

/**
 * Reads the campaigns folder at `campaignsDir` and the data it cites: every data file once, and the file
 * listing. With `inputs.campaigns` the model holds those campaigns alone, as if they were the only folders.
 */
export function readProject(campaignsDir: string, inputs: ProjectInputs): ProjectModel {
  const registry = readSourceRegistry(inputs.sourcesDir);
  const terminology = inputs.terminologyDir ? readTerminology(inputs.terminologyDir, registry.sources) : undefined;
  const context: CampaignCheckContext = {
    sources: registry.sources,
    today: inputs.today,
    ...(terminology ? { terminology: terminology.rules } : {}),
  };
  const listed = listCampaignFolders(campaignsDir).filter(
    (listing) => !inputs.campaigns || inputs.campaigns.includes(listing.id),
  );
  const folders = listed.map((listing): FolderModel => {
    const files = readCampaignDataFiles(listing);
    return { ...files, data: readCampaignData(files, context) };
  });
  const campaigns = folders.flatMap(({ id, dir, files, config: configFile, data }): CampaignModel[] =>
    configFile && data.config
      ? [
          {
            id,
            dir,
            files,
            configFile,
            config: data.config,
            facts: data.facts,
            help: data.help,
            ...(data.kit ? { kit: data.kit } : {}),
            supporters: data.supporters,
            events: data.events,
          },
        ]
      : [],
  );
  const entryIds = listedEntryIds(folders);
  const refs = (ids: readonly string[]): PageRef[] =>
    ids.map((id) => ({ ...pageLocationFromId(id), title: '', order: 0 }));
  const routing = campaigns.map((campaign) => ({ id: campaign.id, ...campaign.config }));
  return {
    campaignsDir,
    folders,
    campaigns,
    context,
    builtAtMs: inputs.now ?? Date.parse(`${inputs.today}T00:00:00Z`),
    problems: [
      ...registry.problems,
      ...(terminology?.problems ?? []),
      ...folders.flatMap((folder) => folder.data.problems),
    ],
    entryIds,
    pageRoutes: siteRoutes(routing, refs(entryIds.pages)),
    toolkitRoutes: siteRoutes(routing, refs(entryIds.toolkits)).map(toolkitRoute),
  };
}

/** A folder of the model with its MDX files read, for the checks and commands that need page text. */
export function withMdx(folder: FolderModel): FolderModel & CampaignFolder {
  return { ...folder, mdx: readCampaignMdx(folder) };
}

/** The model's campaign called `id`, if its settings are valid. */
export function campaignById(model: ProjectModel, id: string): CampaignModel | undefined {
  return model.campaigns.find((campaign) => campaign.id === id);
}
