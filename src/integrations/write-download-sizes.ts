/**
 * The build step that shows each download's page count and size next to its link, once the
 * PDF and kit steps have written the files: toolkit pages, toolkit lists and kit pages carry empty
 * `<span data-pdf-info="/path">` placeholders until then, because pages are rendered before
 * their PDFs can be printed from them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProjectModel } from '../lib/model/project.ts';
import { fillDownloadInfo, type DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { KIT_SLUG } from '../lib/routing/kit-files.ts';
import { TOOLKITS_SLUG } from '../lib/routing/routes.ts';
import { pagePath } from '../lib/routing/urls.ts';
import { filesUnder } from '../lib/out-dir.ts';
import type { BuildLogger } from './build-logger.ts';

/** The built toolkit and kit sections of every campaign and locale, e.g. `fr/sid-2027/toolkits/`, from the model. */
function downloadSections(root: string, model: ProjectModel): string[] {
  return model.campaigns.flatMap((campaign) =>
    campaign.config.locales
      .flatMap((locale) => [TOOLKITS_SLUG, KIT_SLUG].map((slug) => join(root, pagePath(locale, campaign.id, slug))))
      .filter((dir) => existsSync(dir)),
  );
}

/** Fills in the download placeholders of every page in the toolkit and kit sections with what the finishing steps wrote. */
export function writeDownloadSizes(
  root: string,
  downloads: ReadonlyMap<string, DownloadInfo>,
  model: ProjectModel,
  logger: BuildLogger,
): void {
  let pages = 0;
  for (const file of downloadSections(root, model).flatMap((dir) => filesUnder(dir, '.html'))) {
    const { html, missing } = fillDownloadInfo(readFileSync(file, 'utf8'), downloads);
    for (const path of new Set(missing))
      logger.warn(`${relative(root, file)} links to ${path}, which was not written.`);
    writeFileSync(file, html);
    pages++;
  }
  logger.debug(`Download sizes written into ${pages} page(s).`);
}
