/**
 * What a campaign's kit page shows in one locale: its ready-to-post messages with their
 * length, and every file of the kit (pictures, posters, certificates, press material,
 * newsletter) at the address the finishing steps write it to. The page template only lays it out.
 */
import type { Audience } from '../lib/content/toolkit-schema.ts';
import { CERTIFICATE_AUDIENCES } from '../lib/kit/print/certificate.ts';
import type { KitConfig, Platform } from '../lib/kit/kit-schema.ts';
import { tightestFit } from '../lib/kit/post-fit.ts';
import { postText } from '../lib/kit/post-text.ts';
import { campaignById } from '../lib/model/project.ts';
import {
  CAMPAIGN_POSTER,
  KIT_PICTURES,
  KIT_PREVIEW_WIDTH,
  POSTER_SIZES,
  certificatePath,
  factSheetPath,
  kitPicturePath,
  kitPreviewPath,
  kitTextPath,
  kitZipPath,
  posterPath,
  pressReleasePath,
  type KitPicture,
  type PosterSize,
} from '../lib/routing/kit-files.ts';
import { PAPER_SIZES, type PaperSize } from '../lib/routing/toolkit-files.ts';
import { siteHref } from './campaign-chrome.ts';
import type { SiteData } from './data.ts';
import { projectModel } from './project-model.ts';

/** One message as it is posted, with its length as its strictest network counts it. */
export interface KitMessageView {
  id: string;
  text: string;
  length: number;
  limit: number;
  /** The network whose limit applies: the one where the post has the least room left. */
  platform: Platform;
}

/** A kit file in each of its sizes, by size code (`a4`, `us-letter`, `a3`). */
type Sizes<K extends string> = Readonly<Record<K, string>>;

/** The kit page of one campaign in one locale. */
export interface KitView {
  hashtag?: string;
  messages: KitMessageView[];
  messagesHref?: string;
  /** Each picture at full size, and the small preview the page shows of it. */
  pictures: {
    kind: KitPicture;
    href: string;
    width: number;
    height: number;
    preview: { src: string; width: number; height: number };
  }[];
  /** The campaign's poster first (`headline` undefined: the page names it), then kit.yaml's. */
  posters: { id: string; headline?: string; hrefs: Sizes<PosterSize> }[];
  certificates: { audience: Audience; hrefs: Sizes<PaperSize> }[];
  pressRelease: { markdown: string; pdf: Sizes<PaperSize> };
  /** Undefined for a campaign without facts, which gets no fact sheet. */
  factSheet?: Sizes<PaperSize>;
  newsletter?: { subject: string; body: string; href: string };
  zipHref: string;
}

/** The children's audiences, who get a participation certificate. */

/** The children's audiences a campaign has a toolkit for in any locale, in list order. */
export function certificateAudiences(data: Pick<SiteData, 'toolkitRoutes' | 'toolkitAudiences'>, campaign: string) {
  const served = new Set(
    data.toolkitRoutes
      .filter((route) => route.campaign === campaign)
      .map((route) => data.toolkitAudiences.get(route.entryId)),
  );
  return CERTIFICATE_AUDIENCES.filter((audience) => served.has(audience));
}

const bySize = <K extends string>(sizes: readonly K[], path: (size: K) => string): Sizes<K> =>
  Object.fromEntries(sizes.map((size) => [size, siteHref(path(size))])) as Record<K, string>;

/** The message texts of a kit in one locale; a message without this locale's text is left out (the check warns of it). */
function messagesIn(kit: KitConfig | undefined, locale: string): KitMessageView[] {
  return (kit?.messages ?? []).flatMap((message) => {
    const text = postText(message, locale, kit!.hashtag);
    const fit = tightestFit(message, locale, kit!.hashtag);
    return text !== undefined && fit ? [{ id: message.id, text, ...fit }] : [];
  });
}

/** The kit page of `campaign` in `locale`. */
export function kitView(
  data: Pick<SiteData, 'toolkitRoutes' | 'toolkitAudiences'>,
  campaign: string,
  locale: string,
): KitView {
  const model = campaignById(projectModel(), campaign);
  const kit = model?.kit;
  const messages = messagesIn(kit, locale);
  const newsletter = kit?.newsletter;
  const subject = newsletter?.subject[locale];
  const body = newsletter?.body[locale];
  return {
    ...(kit ? { hashtag: kit.hashtag } : {}),
    messages,
    ...(messages.length > 0 ? { messagesHref: siteHref(kitTextPath(campaign, locale, 'messages')) } : {}),
    pictures: (Object.keys(KIT_PICTURES) as KitPicture[]).map((kind) => ({
      kind,
      href: siteHref(kitPicturePath(campaign, locale, kind)),
      ...KIT_PICTURES[kind],
      preview: {
        src: siteHref(kitPreviewPath(campaign, locale, kind)),
        width: KIT_PREVIEW_WIDTH,
        height: Math.round((KIT_PREVIEW_WIDTH * KIT_PICTURES[kind].height) / KIT_PICTURES[kind].width),
      },
    })),
    posters: [
      { id: CAMPAIGN_POSTER },
      ...(kit?.posters ?? []).flatMap((poster) =>
        poster.headline[locale] ? [{ id: poster.id, headline: poster.headline[locale] }] : [],
      ),
    ].map((poster) => ({
      ...poster,
      hrefs: bySize(POSTER_SIZES, (size) => posterPath(campaign, locale, poster.id, size)),
    })),
    certificates: certificateAudiences(data, campaign).map((audience) => ({
      audience,
      hrefs: bySize(PAPER_SIZES, (paper) => certificatePath(campaign, locale, audience, paper)),
    })),
    pressRelease: {
      markdown: siteHref(pressReleasePath(campaign, locale, 'md')),
      pdf: bySize(PAPER_SIZES, (paper) => pressReleasePath(campaign, locale, paper)),
    },
    ...(model?.facts.length
      ? { factSheet: bySize(PAPER_SIZES, (paper) => factSheetPath(campaign, locale, paper)) }
      : {}),
    ...(subject && body
      ? { newsletter: { subject, body, href: siteHref(kitTextPath(campaign, locale, 'newsletter')) } }
      : {}),
    zipHref: siteHref(kitZipPath(campaign, locale)),
  };
}
