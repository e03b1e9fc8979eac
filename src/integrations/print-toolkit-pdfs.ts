/**
 * The build step that prints every translated toolkit to PDF (A4 and US Letter) with Typst
 * after the pages are built, and a toolkit's assembly as 16:9 slides and speaker notes (A4
 * and US Letter), timed on their own, and bundles each locale's PDFs in a ZIP. It takes the toolkits,
 * their campaigns and their file paths from the project model, and returns what it wrote so
 * that the next step can show download sizes. One compiler serves the whole build.
 */
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSettings } from '../lib/build/settings.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { PdfCompileFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import type { CampaignModel, ProjectModel } from '../lib/model/project.ts';
import { tint } from '../lib/colour.ts';
import { withBrandColours } from '../lib/pdf/brand-svg.ts';
import { PdfCompiler } from '../lib/pdf/compile.ts';
import { loadFonts } from '../lib/pdf/fonts.ts';
import { PdfPictureCache } from '../lib/pdf/pdf-pictures.ts';
import type { DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { assemblyPdfSources } from '../lib/pdf/assembly-document.ts';
import { toolkitPdfProblems, toolkitPdfSources, type ToolkitPdfCampaign } from '../lib/pdf/toolkit-document.ts';
import { withBase } from '../lib/routing/urls.ts';
import { createZip, type ZipEntry } from '../lib/zip.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

const LOGO_PATH = '/logo.svg';
const COVER_PICTURE_PATH = '/cover-picture.svg';
/** sidkit's own key visual, on the covers of campaigns that name none. */
const DEFAULT_COVER_PICTURE = fileURLToPath(new URL('../assets/illustrations/hero.svg', import.meta.url));

/** Seconds since 1970 written into every PDF and ZIP: SOURCE_DATE_EPOCH when set, else the campaign's day. */
function creationTimestamp(sourceDateEpoch: number | undefined, campaignDate: string): number {
  return sourceDateEpoch ?? Date.parse(`${campaignDate}T00:00:00Z`) / 1000;
}

/** The campaign's key visual for the cover, drawable by Typst: an SVG in the brand colours, a PNG or JPEG as it is, other pictures as PNG. */
async function coverPicture(campaign: CampaignModel): Promise<{ path: string; bytes: Uint8Array }> {
  const { primary, accent, keyVisual } = campaign.config.brand;
  const file = keyVisual ? join(campaign.dir, keyVisual) : DEFAULT_COVER_PICTURE;
  const extension = extname(file).toLowerCase();
  if (['.png', '.jpg', '.jpeg'].includes(extension))
    return { path: `/cover-picture${extension}`, bytes: readFileSync(file) };
  if (extension !== '.svg')
    return { path: '/cover-picture.png', bytes: await sharp(readFileSync(file)).png().toBuffer() };
  const colours = { primary, soft: tint(primary, 0.12), ...(accent ? { accent } : {}) };
  return { path: COVER_PICTURE_PATH, bytes: Buffer.from(withBrandColours(readFileSync(file, 'utf8'), colours)) };
}

/** What a toolkit's PDF needs from its campaign, and the logo and cover picture mapped into the compiler. */
async function pdfCampaign(campaign: CampaignModel): Promise<{
  campaign: ToolkitPdfCampaign & { defaultLocale: string };
  help: CampaignModel['help'];
  files: Map<string, Uint8Array>;
}> {
  const logo = campaign.config.brand.logo;
  const picture = await coverPicture(campaign);
  const files = new Map([[picture.path, new Uint8Array(picture.bytes)]]);
  if (logo) files.set(LOGO_PATH, new Uint8Array(readFileSync(join(campaign.dir, logo))));
  return {
    campaign: { ...campaign.config, coverPicturePath: picture.path, ...(logo ? { logoPath: LOGO_PATH } : {}) },
    help: campaign.help,
    files,
  };
}

/**
 * Prints every translated toolkit page below `root` to PDF and bundles each locale's PDFs in
 * a ZIP; returns the size (and page count) of every file written, by its address under `base`.
 * Fallback toolkit pages get no PDF of their own: they link to the original's.
 */
export async function printToolkitPdfs(
  root: string,
  base: string,
  logger: BuildLogger,
  model: ProjectModel,
): Promise<Map<string, DownloadInfo>> {
  const toolkits = model.toolkitRoutes.filter((route) => !route.fallback);
  const { sourceDateEpoch, site } = buildSettings();
  const started = performance.now();
  const compiler = PdfCompiler.create(await loadFonts());
  logger.info(`Fonts loaded and Typst ready in ${Math.round(performance.now() - started)} ms; printing toolkits.`);
  const campaigns = new Map(
    await Promise.all(model.campaigns.map(async (campaign) => [campaign.id, await pdfCampaign(campaign)] as const)),
  );
  const pictureCache = new PdfPictureCache({ campaignsDir: model.campaignsDir, root, base });
  const problems: Problem[] = [];
  const info = new Map<string, DownloadInfo>();
  const bundles = new Map<string, { campaign: ToolkitPdfCampaign; entries: ZipEntry[] }>();
  const counts = { pack: 0, slides: 0 };
  let slidesMs = 0;
  for (const [done, route] of toolkits.entries()) {
    const { campaign, help, files: campaignFiles } = campaigns.get(route.campaign)!;
    const mdxFile = relative(process.cwd(), join(model.campaignsDir, route.sourcePath));
    const page = fromHtml(readFileSync(join(root, route.htmlPath), 'utf8'));
    const pictures = await pictureCache.forPage(page);
    const files = new Map([...campaignFiles, ...[...pictures.values()].map((p) => [p.path, p.bytes] as const)]);
    const picturePaths = new Map([...pictures].map(([source, picture]) => [source, picture.path]));
    // Compiles one of the toolkit's PDFs to `path`, bundles it and logs it; returns how long it took.
    const print = (path: string, source: string, kind: keyof typeof counts): number => {
      const pdfStarted = performance.now();
      try {
        const { pdf, pageCount, warnings } = compiler.compile({
          source,
          files,
          creationTimestamp: creationTimestamp(sourceDateEpoch, campaign.date),
        });
        writeFileSync(join(root, path), pdf);
        info.set(withBase(base, path), { bytes: pdf.length, pages: pageCount });
        const bundle = bundles.get(route.zipPath) ?? { campaign, entries: [] };
        bundle.entries.push({ name: path.split('/').pop()!, data: pdf });
        bundles.set(route.zipPath, bundle);
        counts[kind]++;
        for (const warning of warnings) logger.warn(`${path}: ${warning.message}`);
        const ms = performance.now() - pdfStarted;
        logger.debug(
          `${kind === 'pack' ? 'PDF' : 'Slides'} ${counts[kind]}: ${path} (${pageCount} pages, ${Math.round(pdf.length / 1024)} KiB, ${Math.round(ms)} ms)`,
        );
        return ms;
      } catch (error) {
        problems.push(
          problem(PdfCompileFailed, { file: mdxFile, message: error instanceof Error ? error.message : String(error) }),
        );
        return performance.now() - pdfStarted;
      }
    };
    const pageUrl = new URL(withBase(base, route.htmlPath.replace(/index\.html$/, '')), site).href;
    const built = toolkitPdfSources(page, campaign, picturePaths, pageUrl);
    problems.push(...toolkitPdfProblems(built.problems, mdxFile));
    for (const [paper, source] of built.sources) print(route.pdfPaths[paper], source, 'pack');
    const assembly = assemblyPdfSources(page, campaign, help, picturePaths, pageUrl);
    if (assembly) {
      problems.push(...toolkitPdfProblems(assembly.problems, mdxFile));
      if (assembly.slides) slidesMs += print(route.slidesPath, assembly.slides, 'slides');
      for (const [paper, source] of assembly.speakerNotes)
        slidesMs += print(route.speakerNotesPaths[paper], source, 'slides');
    }
    if ((done + 1) % 10 === 0)
      logger.info(`${done + 1} of ${toolkits.length} toolkit page(s) done, ${counts.pack} PDF(s) printed…`);
  }
  if (counts.slides)
    logger.info(
      `Printed ${counts.slides} assembly slide and speaker-notes PDF(s) in ${Math.round(slidesMs)} ms (${Math.round(slidesMs / counts.slides)} ms per slides PDF).`,
    );
  for (const [path, { campaign, entries }] of bundles) {
    const zip = createZip(entries, new Date(creationTimestamp(sourceDateEpoch, campaign.date) * 1000));
    writeFileSync(join(root, path), zip);
    info.set(withBase(base, path), { bytes: zip.length });
  }
  stopOnProblems(problems, logger, campaignSummary(problems, shownCampaigns(model.folders)));
  const elapsed = performance.now() - started;
  const count = counts.pack + counts.slides;
  logger.info(
    `Printed ${count} toolkit PDF(s) and ${bundles.size} ZIP bundle(s) in ${Math.round(elapsed)} ms (${count ? Math.round(elapsed / count) : 0} ms per PDF).`,
  );
  return info;
}
