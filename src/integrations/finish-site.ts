/**
 * The finishing steps of a build, in the order they depend on each other: toolkit PDFs, then
 * their sizes in the pages that link to them, then the search index over the final pages.
 * The sidkit integration runs them after `astro build`; `npm run build` runs them once after
 * the last slice of a sliced build. Typst and Pagefind are loaded only here.
 */
import type { ProjectModel } from '../lib/model/project.ts';
import type { BuildLogger } from './build-logger.ts';

/** Runs every finishing step over the built site below `root`, published under `base`. */
export async function finishSite(
  root: string,
  base: string,
  model: ProjectModel,
  loggerFor: (step: string) => BuildLogger,
): Promise<void> {
  const { printToolkitPdfs } = await import('./print-toolkit-pdfs.ts');
  const downloads = await printToolkitPdfs(root, base, loggerFor('sidkit:toolkit-pdfs'), model);
  const { writeDownloadSizes } = await import('./write-download-sizes.ts');
  writeDownloadSizes(root, downloads, model, loggerFor('sidkit:toolkit-pdfs'));
  const { indexForSearch } = await import('./index-for-search.ts');
  await indexForSearch(root, base, loggerFor('sidkit:search-index'), model);
}
