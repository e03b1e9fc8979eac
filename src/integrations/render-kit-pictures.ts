/**
 * The build step that draws the pictures people share: a link-preview card (Open Graph,
 * 1200×630) for every built page of every campaign, and the kit's five pictures (square and
 * story tiles, profile frame, video-call background, email banner) per campaign and locale.
 * A card shows the title the built page gives itself in `<meta property="og:title">`, read
 * back from its head, as the toolkit PDFs are printed from their built pages; a fallback
 * page's card is in its own locale's layout with the text it shows. Typst sets every picture in the
 * pool's processes and librsvg draws it (src/lib/pdf/rasterise.ts), one batch per campaign and locale.
 */
import sharp from 'sharp';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatLongDate } from '../i18n/format.ts';
import { localeInfo } from '../i18n/locales.ts';
import { createTranslate } from '../i18n/translate.ts';
import { buildSettings } from '../lib/build/settings.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { PictureDrawFailed } from '../lib/errors/catalogue.ts';
import { problem, type Problem } from '../lib/errors/problem.ts';
import { KIT_PICTURE_SOURCES, kitPictureText } from '../lib/kit/pictures/kit-pictures.ts';
import type { PictureBrand } from '../lib/kit/pictures/picture-brand.ts';
import { SHARE_CARD_SIZE, shareCardSource, shareCardText } from '../lib/kit/pictures/share-card.ts';
import type { CampaignModel, ProjectModel } from '../lib/model/project.ts';
import { ownTitle, readOgTags } from '../lib/meta/og-title.ts';
import { filesUnder } from '../lib/out-dir.ts';
import { pdfCampaign } from '../lib/pdf/campaign-pictures.ts';
import type { PngJob } from '../lib/pdf/compile.ts';
import type { PdfCompilerPool } from '../lib/pdf/compile-pool.ts';
import type { DownloadInfo } from '../lib/pdf/pdf-info.ts';
import {
  KIT_PICTURES,
  KIT_PREVIEW_WIDTH,
  kitPicturePath,
  kitPreviewPath,
  shareCardPath,
  type KitPicture,
} from '../lib/routing/kit-files.ts';
import { pagePath, withBase } from '../lib/routing/urls.ts';
import type { BuildLogger } from './build-logger.ts';
import { stopOnProblems } from './stop-on-problems.ts';

/** One picture to draw: where it goes, what it is (for the report), and its job. */
interface PictureJob {
  path: string;
  kind: 'card' | KitPicture;
  /** The file a failure is reported on. */
  file: string;
  job: PngJob;
}

/**
 * The slugs of every built page of a campaign in one locale: its pages and toolkits from the
 * model, and the pages the site generates besides them (toolkit lists, the kit page), found as built.
 */
function builtPageSlugs(root: string, model: ProjectModel, campaign: string, locale: string): string[] {
  const home = join(root, pagePath(locale, campaign, ''));
  const ofCampaign = (route: { campaign: string; locale: string }) =>
    route.campaign === campaign && route.locale === locale;
  const slugs = new Set([...model.pageRoutes, ...model.toolkitRoutes].filter(ofCampaign).map((route) => route.slug));
  for (const file of filesUnder(home, 'index.html')) slugs.add(relative(home, dirname(file)).split('\\').join('/'));
  return [...slugs].sort();
}

/** The card jobs of a campaign's pages in one locale, from their built heads. */
function shareCardJobs(
  root: string,
  model: ProjectModel,
  campaign: CampaignModel,
  locale: string,
  brand: PictureBrand,
  files: ReadonlyMap<string, Uint8Array>,
): PictureJob[] {
  const campaignTitle = campaign.config.title[locale] ?? campaign.id;
  const language = { lang: locale, dir: localeInfo(locale).dir };
  const date = formatLongDate(campaign.config.date, locale, 'long');
  const tagline = campaign.config.tagline[locale] ?? '';
  // The language each page is written in: the default locale's on a fallback page.
  const contentLocales = new Map(
    [...model.pageRoutes, ...model.toolkitRoutes]
      .filter((route) => route.campaign === campaign.id && route.locale === locale)
      .map((route) => [route.slug, route.contentLocale]),
  );
  return builtPageSlugs(root, model, campaign.id, locale).flatMap((slug): PictureJob[] => {
    const page = `${pagePath(locale, campaign.id, slug).slice(1)}index.html`;
    if (!existsSync(join(root, page))) return [];
    const path = shareCardPath(locale, campaign.id, slug);
    const { title, image } = readOgTags(readFileSync(join(root, page), 'utf8'));
    // A page that shows another page's card (a supporters filter page shows the wall's) needs none of its own.
    if (title === undefined || (image !== undefined && !image.endsWith(path))) return [];
    const own = ownTitle(title, campaignTitle);
    const text = shareCardText({ title: own, campaignTitle, tagline, date });
    const written = contentLocales.get(slug) ?? locale;
    // The campaign's own words (its tagline, on the home page) are in the page's locale.
    const headlineLanguage = text.headline === own ? { lang: written, dir: localeInfo(written).dir } : language;
    return [
      {
        path,
        kind: 'card',
        file: page,
        job: { source: shareCardSource(text, language, brand, headlineLanguage), files, ...SHARE_CARD_SIZE },
      },
    ];
  });
}

/** The five kit pictures of a campaign in one locale. */
function kitPictureJobs(
  campaign: CampaignModel,
  locale: string,
  homeUrl: string,
  brand: PictureBrand,
  files: ReadonlyMap<string, Uint8Array>,
): PictureJob[] {
  const t = createTranslate(locale, campaign.config.ui);
  const text = kitPictureText(
    {
      locale,
      campaignTitle: campaign.config.title[locale] ?? campaign.id,
      tagline: campaign.config.tagline[locale] ?? '',
      date: formatLongDate(campaign.config.date, locale, 'long'),
      homeUrl,
      kit: campaign.kit,
    },
    t,
  );
  const language = { lang: locale, dir: localeInfo(locale).dir };
  const source = relative(process.cwd(), join(campaign.dir, campaign.kit ? 'kit.yaml' : 'campaign.yaml'));
  return (Object.keys(KIT_PICTURES) as KitPicture[]).map((picture) => ({
    path: kitPicturePath(campaign.id, locale, picture),
    kind: picture,
    file: source,
    job: { source: KIT_PICTURE_SOURCES[picture](text, language, brand), files, ...KIT_PICTURES[picture] },
  }));
}

/** Pictures per batch: about half a second of drawing, so that one campaign and locale still shares Typst's memo of its fonts and brand. */
const PICTURES_PER_BATCH = 16;

/** Writes the kit page's preview of a picture: a small WebP, so that the page does not load every full-size PNG. */
async function writePreview(root: string, png: Buffer, path: string): Promise<void> {
  const webp = await sharp(png).resize({ width: KIT_PREVIEW_WIDTH }).webp({ quality: 80, alphaQuality: 90 }).toBuffer();
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), webp);
}

/**
 * Draws every share card and kit picture of the campaigns built below `root` (published under
 * `base`), writes them, and returns the size of each kit picture by its address, for the
 * kit page's download links. The caller owns `pool` and closes it after its last step.
 */
export async function renderKitPictures(
  root: string,
  base: string,
  logger: BuildLogger,
  model: ProjectModel,
  pool: PdfCompilerPool,
): Promise<Map<string, DownloadInfo>> {
  // Reading every page's title takes this process's time, which the toolkit step needs until its packs are sent.
  await pool.laterBatchesAllowed();
  const started = performance.now();
  const { site } = buildSettings();
  const problems: Problem[] = [];
  const info = new Map<string, DownloadInfo>();
  const totals = { cards: 0, cardMs: 0, pictures: 0, pictureMs: 0 };
  const drawn: Promise<void>[] = [];
  const previews: Promise<void>[] = [];
  for (const campaign of model.campaigns) {
    const { campaign: printed, files } = await pdfCampaign(campaign);
    const { primary, accent } = campaign.config.brand;
    const brand: PictureBrand = {
      primary,
      ...(accent ? { accent } : {}),
      ...(printed.logoPath ? { logoPath: printed.logoPath } : {}),
      keyVisualPath: printed.coverPicturePath!,
    };
    for (const locale of campaign.config.locales) {
      // A locale with no page built (a campaign left out of this build) gets no pictures either.
      if (!existsSync(join(root, pagePath(locale, campaign.id, ''), 'index.html'))) continue;
      const homeUrl = new URL(withBase(base, pagePath(locale, campaign.id, '')), site).href;
      const all = [
        ...shareCardJobs(root, model, campaign, locale, brand, files),
        ...kitPictureJobs(campaign, locale, homeUrl, brand, files),
      ];
      // Small batches: a toolkit's PDFs, which go first, wait for at most one of them per process.
      for (let start = 0; start < all.length; start += PICTURES_PER_BATCH) {
        const jobs = all.slice(start, start + PICTURES_PER_BATCH);
        const batch = pool.drawPngs(jobs.map((job) => job.job)).then((results) => {
          for (const [index, job] of jobs.entries()) {
            const result = results[index]!;
            if ('error' in result) {
              const message = `${job.path}: ${result.error.message}`;
              problems.push(problem(PictureDrawFailed, { file: job.file, message }));
              continue;
            }
            const { png, warnings } = result.png;
            for (const warning of warnings) logger.warn(`${job.path}: ${warning.message}`);
            mkdirSync(dirname(join(root, job.path)), { recursive: true });
            writeFileSync(join(root, job.path), png);
            if (job.kind === 'card') {
              totals.cards++;
              totals.cardMs += result.ms;
            } else {
              totals.pictures++;
              totals.pictureMs += result.ms;
              info.set(withBase(base, job.path), { bytes: png.length });
              previews.push(writePreview(root, png, kitPreviewPath(campaign.id, locale, job.kind)));
            }
          }
        });
        drawn.push(batch);
      }
    }
  }
  await Promise.all(drawn);
  await Promise.all(previews);
  stopOnProblems(problems, logger, campaignSummary(problems, shownCampaigns(model.folders)));
  const mean = (ms: number, count: number) => (count ? Math.round(ms / count) : 0);
  logger.info(
    `Drew ${totals.cards} share card(s) and ${totals.pictures} kit picture(s) in ${Math.round(performance.now() - started)} ms (${mean(totals.cardMs, totals.cards)} ms per share card, ${mean(totals.pictureMs, totals.pictures)} ms per kit picture).`,
  );
  return info;
}
