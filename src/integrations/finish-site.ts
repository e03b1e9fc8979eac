/**
 * The finishing steps of a build, in the order they depend on each other: toolkit PDFs, then
 * their sizes in the pages that link to them, then the search index over the final pages,
 * then each page's Content-Security-Policy, hashed from the page as it is published.
 * The sidkit integration runs them after `astro build`; `npm run build` runs them once after
 * the last slice of a sliced build. Typst and Pagefind are loaded only here.
 *
 * The pages are already written when these steps run, so the folder is marked incomplete
 * (src/lib/build/incomplete-marker.ts) until every step has passed: a step that stops the
 * build leaves the marker, and the run ends by saying so, with exit code 1 and no stack trace.
 */
import { relative } from 'node:path';
import { markComplete, markIncomplete } from '../lib/build/incomplete-marker.ts';
import { BuildIncomplete, FinishStepFailed } from '../lib/errors/catalogue.ts';
import { problem } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';
import type { ProjectModel } from '../lib/model/project.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** Says, as the process ends, that the folder is incomplete, unless the steps passed and removed the marker. */
function reportIfStopped(marker: string): () => void {
  const report = (code: number) => {
    if (code === 0) return;
    const file = relative(process.cwd(), marker);
    const incomplete = problem(BuildIncomplete, {
      file,
      message: `the pages were written, but a finishing step stopped the build, so toolkit PDFs, the search index or the security policy are missing; ${file} marks the folder incomplete`,
    });
    console.error(`\n${formatReport([incomplete], 'in the built folder')}\n`);
  };
  process.once('exit', report);
  return () => process.off('exit', report);
}

/** Runs every finishing step over the built site below `root`, published under `base`. */
export async function finishSite(
  root: string,
  base: string,
  model: ProjectModel,
  loggerFor: (step: string) => BuildLogger,
): Promise<void> {
  const stopReporting = reportIfStopped(markIncomplete(root));
  let step = 'sidkit:toolkit-pdfs';
  try {
    const { printToolkitPdfs } = await import('./print-toolkit-pdfs.ts');
    const downloads = await printToolkitPdfs(root, base, loggerFor(step), model);
    const { writeDownloadSizes } = await import('./write-download-sizes.ts');
    writeDownloadSizes(root, downloads, model, loggerFor(step));
    step = 'sidkit:search-index';
    const { indexForSearch } = await import('./index-for-search.ts');
    await indexForSearch(root, base, loggerFor(step), model);
    step = 'sidkit:security-policy';
    const { writeSecurityPolicy } = await import('./write-security-policy.ts');
    writeSecurityPolicy(root, loggerFor(step));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const folder = relative(process.cwd(), root) || '.';
    stopOnProblems([problem(FinishStepFailed, { file: folder, field: step, message })], loggerFor(step));
  }
  markComplete(root);
  stopReporting();
}
