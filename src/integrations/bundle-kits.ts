/**
 * The last kit step: each campaign's ready-to-post messages as a text file per locale, and
 * one ZIP per campaign and locale of everything the kit steps wrote into its kit folder
 * (pictures, posters, certificates, press material, texts), so that a supporter downloads
 * the whole kit at once. Runs after the kit's pictures and print documents are written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSettings } from '../lib/build/settings.ts';
import { kitMessagesText } from '../lib/kit/kit-texts.ts';
import type { ProjectModel } from '../lib/model/project.ts';
import type { DownloadInfo } from '../lib/pdf/pdf-info.ts';
import { kitPagePath, kitTextPath, kitZipPath } from '../lib/routing/kit-files.ts';
import { withBase } from '../lib/routing/urls.ts';
import { createZip } from '../lib/zip.ts';
import type { BuildLogger } from './build-logger.ts';
import { creationTimestamp } from '../lib/build/creation-timestamp.ts';

/** Writes every campaign's message files and kit ZIPs below `root`; returns the size of each, by its address under `base`. */
export function bundleKits(
  root: string,
  base: string,
  model: ProjectModel,
  logger: BuildLogger,
): Map<string, DownloadInfo> {
  const started = performance.now();
  const info = new Map<string, DownloadInfo>();
  const write = (path: string, data: Buffer) => {
    writeFileSync(join(root, path), data);
    info.set(withBase(base, path), { bytes: data.length });
  };
  for (const campaign of model.campaigns) {
    const modified = new Date(creationTimestamp(buildSettings().sourceDateEpoch, campaign.config.date) * 1000);
    for (const locale of campaign.config.locales) {
      const folder = join(root, kitPagePath(campaign.id, locale));
      if (!existsSync(folder)) continue;
      const messages = campaign.kit && kitMessagesText(campaign.kit, locale);
      if (messages) write(kitTextPath(campaign.id, locale, 'messages'), Buffer.from(messages));
      const zipPath = kitZipPath(campaign.id, locale);
      const prefix = `${campaign.id}-${locale}-`;
      const names = readdirSync(folder)
        .filter((name) => name.startsWith(prefix) && name !== zipPath.split('/').pop())
        .sort();
      write(
        zipPath,
        createZip(
          names.map((name) => ({ name, data: readFileSync(join(folder, name)) })),
          modified,
        ),
      );
    }
  }
  logger.info(`Bundled ${info.size} kit file(s) in ${Math.round(performance.now() - started)} ms.`);
  return info;
}
