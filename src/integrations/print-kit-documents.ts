/**
 * The build step that prints the kit's documents for every campaign in every locale it is
 * published in: posters (A4 and A3, the campaign's and kit.yaml's), participation certificates
 * for the children's audiences it has toolkits for (as the kit page lists them), the press release (Markdown and PDF), the
 * fact sheet (A4 and US Letter) and the parents' newsletter text. It works without a kit.yaml,
 * from campaign.yaml and facts.yaml alone. A locale's PDFs go to the shared Typst pool as one
 * batch, so that one process prints them all and reuses what Typst memoized for the first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSettings } from '../lib/build/settings.ts';
import { readTextFile } from '../lib/files/read-text.ts';
import { extractFrontmatter, parseYaml } from '../lib/yaml/yaml.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { KitDocumentFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import { CERTIFICATE_AUDIENCES, certificateSource, type CertificateAudience } from '../lib/kit/print/certificate.ts';
import { factSheetSource } from '../lib/kit/print/fact-sheet.ts';
import { kitPrintInput, type KitPrintInput } from '../lib/kit/print/kit-print-input.ts';
import { newsletterText } from '../lib/kit/print/newsletter.ts';
import { posterSource, posterTexts } from '../lib/kit/print/poster.ts';
import { pressRelease, pressReleaseMarkdown, pressReleaseSource } from '../lib/kit/print/press-release.ts';
import type { CampaignModel, ProjectModel } from '../lib/model/project.ts';
import type { PdfCompilerPool, PooledPdf } from '../lib/pdf/compile-pool.ts';
import type { DownloadInfo } from '../lib/pdf/pdf-info.ts';
import {
  certificatePath,
  factSheetPath,
  kitTextPath,
  posterPath,
  POSTER_SIZES,
  pressReleasePath,
} from '../lib/routing/kit-files.ts';
import { PAPER_SIZES } from '../lib/routing/toolkit-files.ts';
import { withBase } from '../lib/routing/urls.ts';
import type { BuildLogger } from './build-logger.ts';
import { pdfCampaign } from '../lib/pdf/campaign-pictures.ts';
import { creationTimestamp } from '../lib/build/creation-timestamp.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** The kinds of kit PDF, counted and timed apart in the build log. */
const KINDS = ['poster', 'certificate', 'press release', 'fact sheet'] as const;
type KitPdfKind = (typeof KINDS)[number];

/** One kit PDF to print: where it goes, what it is, and its Typst source. */
interface KitJob {
  path: string;
  kind: KitPdfKind;
  source: string;
}

/** The PDFs of one campaign in one locale, sent to the pool as one batch. */
interface KitBatch {
  /** The file problems are reported on: kit.yaml, else campaign.yaml. */
  file: string;
  jobs: KitJob[];
  printed: Promise<PooledPdf[]>;
}

/**
 * The children's audiences `campaign` has toolkits for, from each toolkit's frontmatter (which the
 * content check has validated), as the kit page lists their certificates in every locale.
 */
function certificateAudiences(model: ProjectModel, campaign: CampaignModel): CertificateAudience[] {
  const audiences = new Set(
    model.toolkitRoutes
      .filter((route) => route.campaign === campaign.id && !route.fallback)
      .map((route) => {
        const source = readTextFile(join(model.campaignsDir, route.sourcePath));
        return (parseYaml(extractFrontmatter(source)?.yaml ?? '').data as { audience?: string } | undefined)?.audience;
      }),
  );
  return CERTIFICATE_AUDIENCES.filter((audience) => audiences.has(audience));
}

/** Every PDF of one locale's kit, with its path. */
function kitJobs(
  input: KitPrintInput,
  campaign: CampaignModel,
  audiences: readonly CertificateAudience[],
  release: ReturnType<typeof pressRelease>,
) {
  const { id } = campaign;
  const { locale } = input;
  return [
    ...posterTexts(input).flatMap((poster) =>
      POSTER_SIZES.map((size) => ({
        path: posterPath(id, locale, poster.id, size),
        kind: 'poster' as const,
        source: () => posterSource(input, poster, size),
      })),
    ),
    ...audiences.flatMap((audience) =>
      PAPER_SIZES.map((paper) => ({
        path: certificatePath(id, locale, audience, paper),
        kind: 'certificate' as const,
        source: () => certificateSource(input, audience, paper),
      })),
    ),
    ...PAPER_SIZES.map((paper) => ({
      path: pressReleasePath(id, locale, paper),
      kind: 'press release' as const,
      source: () => pressReleaseSource(input, release, paper),
    })),
    // A campaign without facts.yaml has no fact sheet.
    ...(input.facts.length ? PAPER_SIZES : []).map((paper) => ({
      path: factSheetPath(id, locale, paper),
      kind: 'fact sheet' as const,
      source: () => factSheetSource(input, paper),
    })),
  ];
}

/**
 * Prints every campaign's kit documents below `root` and writes its text files; returns the size
 * (and page count) of every file written, by its address under `base`. The caller owns `pool`.
 */
export async function printKitDocuments(
  root: string,
  base: string,
  logger: BuildLogger,
  model: ProjectModel,
  pool: PdfCompilerPool,
): Promise<Map<string, DownloadInfo>> {
  const started = performance.now();
  const { sourceDateEpoch, site } = buildSettings();
  const info = new Map<string, DownloadInfo>();
  const problems: Problem[] = [];
  const write = (path: string, data: Uint8Array | string) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    info.set(withBase(base, path), { bytes: Buffer.byteLength(data) });
  };
  let texts = 0;
  const batches: KitBatch[] = [];
  for (const campaign of model.campaigns) {
    const { campaign: printed, files } = await pdfCampaign(campaign);
    const art = {
      ...(printed.logoPath ? { logoPath: printed.logoPath } : {}),
      ...(printed.coverPicturePath ? { coverPicturePath: printed.coverPicturePath } : {}),
    };
    const file =
      model.folders.find((folder) => folder.id === campaign.id)?.kit?.displayPath ?? campaign.configFile.displayPath;
    const timestamp = creationTimestamp(sourceDateEpoch, campaign.config.date);
    const audiences = certificateAudiences(model, campaign);
    for (const locale of campaign.config.locales) {
      const input = kitPrintInput(model, campaign, locale, art, { site, base });
      const release = pressRelease(input, campaign.config.home.facts);
      write(pressReleasePath(campaign.id, locale, 'md'), pressReleaseMarkdown(release));
      const newsletter = newsletterText(campaign.kit, locale);
      if (newsletter) write(kitTextPath(campaign.id, locale, 'newsletter'), newsletter);
      texts += newsletter ? 2 : 1;
      const jobs: KitJob[] = [];
      for (const job of kitJobs(input, campaign, audiences, release)) {
        try {
          jobs.push({ ...job, source: job.source() });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          problems.push(problem(KitDocumentFailed, { file, field: job.path, message }));
        }
      }
      const printing = pool.compile(
        jobs.map(({ source }) => ({ source, files, creationTimestamp: timestamp })),
        'later',
      );
      batches.push({ file, jobs, printed: printing });
    }
  }
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { count: 0, ms: 0 }])) as Record<
    KitPdfKind,
    { count: number; ms: number }
  >;
  for (const batch of batches) {
    for (const [index, result] of (await batch.printed).entries()) {
      const job = batch.jobs[index]!;
      if ('error' in result) {
        problems.push(problem(KitDocumentFailed, { file: batch.file, field: job.path, message: result.error.message }));
        continue;
      }
      write(job.path, result.pdf.pdf);
      info.set(withBase(base, job.path), { bytes: result.pdf.pdf.length, pages: result.pdf.pageCount });
      counts[job.kind].count++;
      counts[job.kind].ms += result.ms;
      for (const warning of result.pdf.warnings) logger.warn(`${job.path}: ${warning.message}`);
      logger.debug(`${job.kind}: ${job.path} (${result.pdf.pageCount} pages, ${Math.round(result.ms)} ms)`);
    }
  }
  stopOnProblems(problems, logger, campaignSummary(problems, shownCampaigns(model.folders)));
  const pdfs = KINDS.reduce((sum, kind) => sum + counts[kind].count, 0);
  const each = KINDS.filter((kind) => counts[kind].count)
    .map((kind) => `${counts[kind].count} ${kind}(s) at ${Math.round(counts[kind].ms / counts[kind].count)} ms each`)
    .join(', ');
  logger.info(
    `Printed ${pdfs} kit PDF(s) (${each || 'none'}) and wrote ${texts} text file(s) in ${Math.round(performance.now() - started)} ms.`,
  );
  return info;
}
