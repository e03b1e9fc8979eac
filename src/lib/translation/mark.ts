/**
 * `npm run i18n:status -- --mark <file>`: records that a translation is up to date by
 * writing its original's current hash into its frontmatter. Planned here, written by the
 * command, so that a wrong file name changes nothing.
 */
import { relative, resolve } from 'node:path';
import type { CampaignsOnDisk } from '../cli/existing-campaign.ts';
import { existingCampaign } from '../cli/existing-campaign.ts';
import { isToolkitFile } from '../content/campaign-tree.ts';
import { FrontmatterMissing, NotATranslation } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { withSourceHash } from './frontmatter-hash.ts';
import { sourceHash } from './source-hash.ts';
import { translationKey } from './status.ts';

/** The new text of a translation file, with its original's hash recorded. */
export interface MarkedFile {
  path: string;
  text: string;
  /** The original it now records, as reports show paths. */
  source: string;
}

/** Plans marking `file` (a path as typed, relative to the working directory) as translated from its original as it is now. */
export function planMark(command: string, file: string, context: CampaignsOnDisk): MarkedFile | Problem[] {
  const path = resolve(file);
  const shown = relative(process.cwd(), path) || path;
  const folder = context.campaigns.find((item) => path.startsWith(`${item.dir}/`));
  const translation = folder?.mdx.find((item) => resolve(folder.dir, item.pathInCampaign) === path);
  if (!folder || !translation) {
    return [
      problem(NotATranslation, {
        file: shown,
        message: `${shown} is not a page or toolkit of a campaign in ${relative(process.cwd(), context.campaignsDir) || context.campaignsDir}/`,
      }),
    ];
  }
  const campaign = existingCampaign(command, folder.id, context);
  if (Array.isArray(campaign)) return campaign;
  const { defaultLocale } = campaign.config;
  const [locale] = translation.pathInCampaign.split('/');
  if (locale === defaultLocale) {
    return [
      problem(NotATranslation, {
        file: shown,
        message: `${shown} is in the default locale "${defaultLocale}": it is an original, not a translation`,
      }),
    ];
  }
  const key = translationKey(translation);
  const source = folder.mdx.find(
    (item) =>
      item.pathInCampaign.startsWith(`${defaultLocale}/`) &&
      isToolkitFile(item) === isToolkitFile(translation) &&
      translationKey(item) === key,
  );
  if (!source) {
    return [
      problem(NotATranslation, {
        file: shown,
        message: `the default locale "${defaultLocale}" has no page or toolkit at this address to be translated from`,
      }),
    ];
  }
  const text = withSourceHash(translation.text, sourceHash(source.text));
  if (text === undefined)
    return [
      problem(FrontmatterMissing, { file: shown, line: 1, message: 'the file does not start with a "---" block' }),
    ];
  return { path, text, source: source.displayPath };
}
