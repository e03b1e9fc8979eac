/**
 * The build step that prints every translated toolkit to PDF (A4 and US Letter) with Typst
 * after the pages are built, bundles each locale's PDFs in a ZIP, and writes page counts
 * and sizes next to the download links. One compiler serves the whole build.
 */
import { fromHtml } from 'hast-util-from-html';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { campaignSchema } from '../lib/content/campaign-schema.ts';
import { campaignsDir } from '../lib/content/campaigns-dir.ts';
import { readYamlFile } from '../lib/content/yaml-file.ts';
import { CampaignFieldInvalid, PdfCannotExpress, PdfCompileFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';
import { filesUnder } from '../lib/out-dir.ts';
import { PdfCompiler } from '../lib/pdf/compile.ts';
import { loadFonts } from '../lib/pdf/fonts.ts';
import { fillDownloadInfo, type DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { toolkitPdfSources, type ToolkitPdfCampaign } from '../lib/pdf/toolkit-document.ts';
import { toolkitPdfPath, toolkitZipPath } from '../lib/routing/toolkit-files.ts';
import { withBase } from '../lib/routing/urls.ts';
import { createZip, type ZipEntry } from '../lib/zip.ts';

const LOGO_PATH = '/logo.svg';

function loadCampaign(id: string): { campaign?: ToolkitPdfCampaign; logo?: Buffer; problems: readonly Problem[] } {
  const dir = join(campaignsDir(), id);
  const file = join(dir, 'campaign.yaml');
  const { data, problems } = readYamlFile(relative(process.cwd(), file), readFileSync(file, 'utf8'), campaignSchema, {
    kind: CampaignFieldInvalid,
  });
  if (!data) return { problems };
  const logo = data.brand.logo ? readFileSync(join(dir, data.brand.logo)) : undefined;
  return { campaign: { ...data, ...(logo ? { logoPath: LOGO_PATH } : {}) }, logo, problems: [] };
}

/** Seconds since 1970 written into every PDF: SOURCE_DATE_EPOCH when set, else the campaign's day. */
function creationTimestamp(campaignDate: string): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isInteger(epoch) && epoch >= 0 ? epoch : Date.parse(`${campaignDate}T00:00:00Z`) / 1000;
}

/**
 * Prints every toolkit page below `root` to PDF, bundles each locale's PDFs in a ZIP and
 * fills in the download sizes. The integration runs it after `astro build`; `npm run build`
 * runs it once after the last slice of a sliced build.
 */
export async function printToolkitPdfs(root: string, base: string, logger: BuildLogger): Promise<void> {
  const pages = filesUnder(root, '.html');
  const toolkitPages = pages
    .map((file) => ({ file, parts: relative(root, file).split(/[\\/]/) }))
    .filter(
      ({ parts }) => parts.length === 5 && parts[2] === 'toolkits' && parts[4] === 'index.html' && parts[3] !== 'for',
    );
  const started = performance.now();
  const compiler = PdfCompiler.create(await loadFonts());
  logger.info(`Fonts loaded and Typst ready in ${Math.round(performance.now() - started)} ms; printing toolkits.`);
  const problems: Problem[] = [];
  const info = new Map<string, DownloadInfo>();
  const bundles = new Map<string, ZipEntry[]>();
  const campaigns = new Map<string, ReturnType<typeof loadCampaign>>();
  let count = 0;
  let toolkitsDone = 0;
  for (const { file, parts } of toolkitPages) {
    const [locale = '', campaignId = '', , toolkit = ''] = parts;
    const page = fromHtml(readFileSync(file, 'utf8'));
    if (!campaigns.has(campaignId)) campaigns.set(campaignId, loadCampaign(campaignId));
    const { campaign, logo, problems: campaignProblems } = campaigns.get(campaignId)!;
    problems.push(...campaignProblems);
    if (!campaign) continue;
    const mdxFile = relative(process.cwd(), join(campaignsDir(), campaignId, locale, 'toolkits', `${toolkit}.mdx`));
    const built = toolkitPdfSources(page, campaign);
    if (built.lang && built.lang !== locale) continue; // a fallback page: its PDF is the original's
    problems.push(
      ...built.problems.map((p) =>
        problem(PdfCannotExpress, {
          file: mdxFile,
          field: p.element,
          message: `${p.message}${p.line ? ` (rendered HTML line ${p.line})` : ''}`,
        }),
      ),
    );
    for (const [paper, source] of built.sources) {
      const pdfStarted = performance.now();
      try {
        const files = logo ? new Map([[LOGO_PATH, new Uint8Array(logo)]]) : undefined;
        const { pdf, pageCount, warnings } = compiler.compile({
          source,
          files,
          creationTimestamp: creationTimestamp(campaign.date),
        });
        const path = toolkitPdfPath(campaignId, locale, toolkit, paper);
        writeFileSync(join(root, path), pdf);
        info.set(withBase(base, path), { bytes: pdf.length, pages: pageCount });
        bundles.set(`${campaignId}/${locale}`, [
          ...(bundles.get(`${campaignId}/${locale}`) ?? []),
          { name: path.split('/').pop()!, data: pdf },
        ]);
        count++;
        for (const warning of warnings) logger.warn(`${path}: ${warning.message}`);
        logger.debug(
          `PDF ${count}: ${path} (${pageCount} pages, ${Math.round(pdf.length / 1024)} KiB, ${Math.round(performance.now() - pdfStarted)} ms)`,
        );
      } catch (error) {
        problems.push(
          problem(PdfCompileFailed, { file: mdxFile, message: error instanceof Error ? error.message : String(error) }),
        );
      }
    }
    if (++toolkitsDone % 10 === 0)
      logger.info(`${toolkitsDone} of ${toolkitPages.length} toolkit page(s) done, ${count} PDF(s) printed…`);
  }
  for (const [key, entries] of bundles) {
    const [campaignId = '', locale = ''] = key.split('/');
    const campaign = campaigns.get(campaignId)?.campaign;
    const zip = createZip(entries, new Date(creationTimestamp(campaign?.date ?? '1980-01-01') * 1000));
    const path = toolkitZipPath(campaignId, locale);
    writeFileSync(join(root, path), zip);
    info.set(withBase(base, path), { bytes: zip.length });
  }
  stopOnProblems(problems, logger);
  // Only toolkit pages and lists carry download placeholders; the rest of the site is left unread.
  for (const file of pages.filter((path) => relative(root, path).split(/[\\/]/)[2] === 'toolkits')) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-pdf-info=')) writeFileSync(file, fillDownloadInfo(html, info));
  }
  const elapsed = performance.now() - started;
  logger.info(
    `Printed ${count} toolkit PDF(s) and ${bundles.size} ZIP bundle(s) in ${Math.round(elapsed)} ms (${count ? Math.round(elapsed / count) : 0} ms per PDF).`,
  );
}
