/**
 * The finishing steps of a build, in the order they depend on each other: toolkit PDFs and the
 * kit's print documents, side by side with the pictures people share (share cards, the kit's
 * pictures), then their sizes in the pages that link to them, then the search index over the
 * final pages, then each page's Content-Security-Policy, hashed from the page as it is published.
 * The sidkit integration runs them after `astro build`; `npm run build` runs them once after
 * the last slice of a sliced build. Typst and Pagefind are loaded only here.
 *
 * The pages are already written when these steps run; a step that fails stops the build with
 * exit code 1 and a report, no stack trace. `npm run build` builds into a staging folder and
 * publishes it only when every step has passed (src/lib/build/staging.ts), so such a folder is
 * never left where the site is served from.
 */
import { relative } from 'node:path';
import { FinishStepFailed } from '../lib/errors/catalogue.ts';
import { problem } from '../lib/errors/problem.ts';
import type { ProjectModel } from '../lib/model/project.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** Says how much of the PDFs and pictures a warm rebuild read back from the build cache, and where that is. */
function logCacheUse(stats: { hits: number; misses: number; dir: string } | undefined, logger: BuildLogger): void {
  if (!stats || stats.hits + stats.misses === 0) return;
  logger.info(
    `Reused ${stats.hits} of ${stats.hits + stats.misses} PDF(s) and picture(s) from the build cache (${relative(process.cwd(), stats.dir) || '.'}); made ${stats.misses}.`,
  );
}

/** Runs every finishing step over the built site below `root`, published under `base`. */
export async function finishSite(
  root: string,
  base: string,
  model: ProjectModel,
  loggerFor: (step: string) => BuildLogger,
): Promise<void> {
  let step = 'sidkit:toolkit-pdfs';
  // Node ends a process whose event loop runs dry with exit code 0, even mid-await: a step waiting on
  // something that holds nothing open would then leave a half-finished site that looks built.
  const fail = (message: string) => {
    const folder = relative(process.cwd(), root) || '.';
    stopOnProblems([problem(FinishStepFailed, { file: folder, field: step, message })], loggerFor(step));
  };
  const stoppedEarly = () => fail('the step was still waiting when the process had nothing left to run');
  process.once('beforeExit', stoppedEarly);
  try {
    // Started first (or while the pages rendered), so that the processes load their fonts and print while this one reads the pages.
    const { takePdfCompilerPool } = await import('../lib/pdf/compile-pool.ts');
    const pool = takePdfCompilerPool(model);
    const { printToolkitPdfs } = await import('./print-toolkit-pdfs.ts');
    const { renderKitPictures } = await import('./render-kit-pictures.ts');
    const { printKitDocuments } = await import('./print-kit-documents.ts');
    // Side by side: the PDFs and the pictures feed the same pool, which then never waits for one step to read its pages.
    // The kit's print documents follow the toolkit PDFs, so that the packs are timed on their own.
    const [pdfs, pictures] = await Promise.all([
      printToolkitPdfs(root, base, loggerFor(step), model, pool).then(async (toolkits) => {
        const kit = await printKitDocuments(root, base, loggerFor('sidkit:kit-documents'), model, pool);
        return new Map([...toolkits, ...kit]);
      }),
      renderKitPictures(root, base, loggerFor('sidkit:kit-pictures'), model, pool),
    ]).finally(() => pool.close());
    logCacheUse(pool.cacheStats, loggerFor('sidkit:build-cache'));
    const downloads = new Map([...pdfs, ...pictures]);
    step = 'sidkit:kit';
    const { bundleKits } = await import('./bundle-kits.ts');
    for (const [path, info] of bundleKits(root, base, model, loggerFor(step))) downloads.set(path, info);
    const { writeDownloadSizes } = await import('./write-download-sizes.ts');
    writeDownloadSizes(root, downloads, model, loggerFor(step));
    step = 'sidkit:search-index';
    const { indexForSearch } = await import('./index-for-search.ts');
    await indexForSearch(root, base, loggerFor(step), model);
    step = 'sidkit:security-policy';
    const { writeSecurityPolicy } = await import('./write-security-policy.ts');
    writeSecurityPolicy(root, loggerFor(step));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  } finally {
    process.off('beforeExit', stoppedEarly);
  }
}
