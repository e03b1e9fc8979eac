/**
 * The build step that prints every translated toolkit to PDF (A4 and US Letter) with Typst
 * after the pages are built, and a toolkit's assembly as 16:9 slides and speaker notes (A4
 * and US Letter), timed on their own, and bundles each locale's PDFs in a ZIP. It takes the toolkits,
 * their campaigns and their file paths from the project model, and returns what it wrote so
 * that the next step can show download sizes. A pool of Typst processes serves the whole build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSettings } from '../lib/build/settings.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { PdfCompileFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import type { ProjectModel } from '../lib/model/project.ts';
import { pdfCampaign } from '../lib/pdf/campaign-pictures.ts';
import type { PdfCompilerPool, PooledPdf } from '../lib/pdf/compile-pool.ts';
import { parseToolkitMain } from '../lib/pdf/toolkit-page.ts';
import { PdfPictureCache } from '../lib/pdf/pdf-pictures.ts';
import type { DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { assemblyPdfSources } from '../lib/pdf/assembly-document.ts';
import { toolkitPdfProblems, toolkitPdfSources, type ToolkitPdfCampaign } from '../lib/pdf/toolkit-document.ts';
import { creationTimestamp } from '../lib/build/creation-timestamp.ts';
import { withBase } from '../lib/routing/urls.ts';
import { createZip, type ZipEntry } from '../lib/zip.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** One PDF to print: where it goes, its Typst source, and whether it is a pack or part of an assembly. */
interface PrintJob {
  path: string;
  source: string;
  kind: 'pack' | 'slides';
}

/** A toolkit page's PDFs, as batches compiled in one process each, and what its ZIP and problems need. */
interface ToolkitPrint {
  mdxFile: string;
  zipPath: string;
  campaign: ToolkitPdfCampaign;
  files: ReadonlyMap<string, Uint8Array>;
  packs: PrintJob[];
  /** The pack PDFs, sent to the pool as soon as their sources are ready. */
  printedPacks: Promise<PooledPdf[]>;
  assembly: PrintJob[];
}

/**
 * Prints every translated toolkit page below `root` to PDF and bundles each locale's PDFs in
 * a ZIP; returns the size (and page count) of every file written, by its address under `base`.
 * Fallback toolkit pages get no PDF of their own: they link to the original's. Typst runs in
 * a pool of processes while this one reads the pages; packs print first, then assemblies, so
 * that each is timed on its own. The caller owns `pool` and closes it after its last step.
 */
export async function printToolkitPdfs(
  root: string,
  base: string,
  logger: BuildLogger,
  model: ProjectModel,
  pool: PdfCompilerPool,
): Promise<Map<string, DownloadInfo>> {
  // The kit's pictures wait until every pack has been sent, then fill the processes the packs leave idle.
  const releaseLater = pool.holdLaterBatches();
  const routes = model.toolkitRoutes.filter((route) => !route.fallback);
  const { sourceDateEpoch, site } = buildSettings();
  const started = performance.now();
  pool.ready.then(
    () =>
      logger.info(
        `Fonts loaded and Typst ready in ${Math.round(performance.now() - started)} ms (${pool.size} process(es)); printing toolkits.`,
      ),
    // Each document then fails with the process's exit code, and the process's own error is on stderr.
    (error: Error) => logger.warn(error.message),
  );
  const campaigns = new Map(
    await Promise.all(
      model.campaigns.map(async (campaign) => [campaign.id, await pdfCampaign(campaign)] as const),
    ).catch((error: unknown) => {
      releaseLater();
      throw error;
    }),
  );
  const pictureCache = new PdfPictureCache({ campaignsDir: model.campaignsDir, root, base });
  const problems: Problem[] = [];
  const toolkits: ToolkitPrint[] = [];
  // Sends some of a toolkit's PDFs to the pool as one batch, dated like the rest of its campaign.
  const send = (toolkit: Pick<ToolkitPrint, 'campaign' | 'files'>, jobs: readonly PrintJob[]) => {
    const timestamp = creationTimestamp(sourceDateEpoch, toolkit.campaign.date);
    return pool.compile(jobs.map(({ source }) => ({ source, files: toolkit.files, creationTimestamp: timestamp })));
  };
  try {
    for (const route of routes) {
      const { campaign, help, files: campaignFiles } = campaigns.get(route.campaign)!;
      const mdxFile = relative(process.cwd(), join(model.campaignsDir, route.sourcePath));
      const page = parseToolkitMain(readFileSync(join(root, route.htmlPath), 'utf8'));
      const pictures = await pictureCache.forPage(page);
      const files = new Map([...campaignFiles, ...[...pictures.values()].map((p) => [p.path, p.bytes] as const)]);
      const picturePaths = new Map([...pictures].map(([source, picture]) => [source, picture.path]));
      const pageUrl = new URL(withBase(base, route.htmlPath.replace(/index\.html$/, '')), site).href;
      const built = toolkitPdfSources(page, campaign, picturePaths, pageUrl);
      problems.push(...toolkitPdfProblems(built.problems, mdxFile));
      const packs = [...built.sources].map(([paper, source]) => ({
        path: route.pdfPaths[paper],
        source,
        kind: 'pack' as const,
      }));
      const assembly = assemblyPdfSources(page, campaign, help, picturePaths, pageUrl);
      if (assembly) problems.push(...toolkitPdfProblems(assembly.problems, mdxFile));
      const assemblyJobs = [
        ...(assembly?.slides ? [{ path: route.slidesPath, source: assembly.slides, kind: 'slides' as const }] : []),
        ...[...(assembly?.speakerNotes ?? [])].map(([paper, source]) => ({
          path: route.speakerNotesPaths[paper],
          source,
          kind: 'slides' as const,
        })),
      ];
      const toolkit = { mdxFile, zipPath: route.zipPath, campaign, files, packs, assembly: assemblyJobs };
      toolkits.push({ ...toolkit, printedPacks: send(toolkit, packs) });
    }
  } finally {
    releaseLater();
  }
  const info = new Map<string, DownloadInfo>();
  const zipEntries = new Map<ToolkitPrint, ZipEntry[]>();
  const counts = { pack: 0, slides: 0 };
  // Writes a toolkit's PDFs as the pool returns them, in the toolkit's order, and logs each.
  const record = (toolkit: ToolkitPrint, jobs: readonly PrintJob[], results: readonly PooledPdf[]): void => {
    for (const [index, job] of jobs.entries()) {
      const result = results[index]!;
      if ('error' in result) {
        problems.push(problem(PdfCompileFailed, { file: toolkit.mdxFile, message: result.error.message }));
        continue;
      }
      const { pdf, pageCount, warnings } = result.pdf;
      writeFileSync(join(root, job.path), pdf);
      info.set(withBase(base, job.path), { bytes: pdf.length, pages: pageCount });
      const entries = zipEntries.get(toolkit) ?? [];
      entries.push({ name: job.path.split('/').pop()!, data: pdf });
      zipEntries.set(toolkit, entries);
      counts[job.kind]++;
      for (const warning of warnings) logger.warn(`${job.path}: ${warning.message}`);
      logger.debug(
        `${job.kind === 'pack' ? 'PDF' : 'Slides'} ${counts[job.kind]}: ${job.path} (${pageCount} pages, ${Math.round(pdf.length / 1024)} KiB, ${Math.round(result.ms)} ms)`,
      );
    }
  };
  for (const [index, toolkit] of toolkits.entries()) {
    record(toolkit, toolkit.packs, await toolkit.printedPacks);
    if ((index + 1) % 10 === 0)
      logger.info(`${index + 1} of ${toolkits.length} toolkit page(s) done, ${counts.pack} PDF(s) printed…`);
  }
  logger.info(
    `Printed ${counts.pack} pack PDF(s) of ${toolkits.length} toolkit page(s) in ${Math.round(performance.now() - started)} ms.`,
  );
  // Assemblies print once every pack is done, so that the slides are timed on their own.
  const slidesStarted = performance.now();
  const printedAssemblies = toolkits.map((toolkit) => send(toolkit, toolkit.assembly));
  for (const [index, toolkit] of toolkits.entries()) record(toolkit, toolkit.assembly, await printedAssemblies[index]!);
  const slidesMs = performance.now() - slidesStarted;
  if (counts.slides)
    logger.info(
      `Printed ${counts.slides} assembly slide and speaker-notes PDF(s) in ${Math.round(slidesMs)} ms (${Math.round(slidesMs / counts.slides)} ms per slides PDF).`,
    );
  const bundles = new Map<string, { campaign: ToolkitPdfCampaign; entries: ZipEntry[] }>();
  for (const toolkit of toolkits) {
    const bundle = bundles.get(toolkit.zipPath) ?? { campaign: toolkit.campaign, entries: [] };
    bundle.entries.push(...(zipEntries.get(toolkit) ?? []));
    bundles.set(toolkit.zipPath, bundle);
  }
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
