/**
 * The build step that shows each download's page count and size next to its link, once the
 * PDF step has written the files: toolkit pages and toolkit lists carry empty
 * `<span data-pdf-info="/path">` placeholders until then, because pages are rendered before
 * their PDFs can be printed from them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProjectModel } from '../lib/model/project.ts';
import { fillDownloadInfo, type DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { TOOLKITS_SLUG } from '../lib/routing/routes.ts';
import { pagePath } from '../lib/routing/urls.ts';
import { filesUnder } from '../lib/out-dir.ts';
import type { BuildLogger } from './build-logger.ts';

/** The built toolkit section of every campaign and locale, e.g. `fr/sid-2027/toolkits/`, from the model. */
function toolkitSections(root: string, model: ProjectModel): string[] {
  return model.campaigns.flatMap((campaign) =>
    campaign.config.locales
      .map((locale) => join(root, pagePath(locale, campaign.id, TOOLKITS_SLUG)))
      .filter((dir) => existsSync(dir)),
  );
}

/** Fills in the download placeholders of every page in the toolkit sections with what the PDF step wrote. */
export function writeDownloadSizes(
  root: string,
  downloads: ReadonlyMap<string, DownloadInfo>,
  model: ProjectModel,
  logger: BuildLogger,
): void {
  let pages = 0;
  for (const file of toolkitSections(root, model).flatMap((dir) => filesUnder(dir, '.html'))) {
    const { html, missing } = fillDownloadInfo(readFileSync(file, 'utf8'), downloads);
    for (const path of new Set(missing))
      logger.warn(`${relative(root, file)} links to ${path}, which was not written.`);
    writeFileSync(file, html);
    pages++;
  }
  logger.debug(`Download sizes written into ${pages} page(s).`);
}
