/**
 * The Typst source of each kind of kit picture, by the kind's name in `KIT_PICTURES`, and
 * the words they show, from kit.yaml when the campaign has one, else from campaign.yaml and
 * the built-in strings.
 */
import type { Translate } from '../../../i18n/translate.ts';
import type { KitConfig } from '../kit-schema.ts';
import type { KitPicture } from '../../routing/kit-files.ts';
import { callBackgroundSource } from './call-background.ts';
import { emailBannerSource } from './email-banner.ts';
import type { KitPictureText, PictureBrand, PictureLanguage } from './picture-brand.ts';
import { profileFrameSource } from './profile-frame.ts';
import { squareTileSource, storyTileSource } from './tiles.ts';

type PictureSource = (text: KitPictureText, language: PictureLanguage, brand: PictureBrand) => string;

/** The builder of each kind of picture. */
export const KIT_PICTURE_SOURCES: Readonly<Record<KitPicture, PictureSource>> = {
  'tile-square': squareTileSource,
  'tile-story': storyTileSource,
  'profile-frame': profileFrameSource,
  'call-background': callBackgroundSource,
  'email-banner': emailBannerSource,
};

/** What the pictures' words are made from, in one locale. */
export interface KitPictureWords {
  locale: string;
  campaignTitle: string;
  tagline: string;
  date: string;
  /** The site's campaign home page, e.g. `https://sid.example.net/fr/sid-2027/`. */
  homeUrl: string;
  kit: KitConfig | undefined;
}

/** The words of a campaign's pictures in one locale: kit.yaml's hashtag and call to action when it has them. */
export function kitPictureText(words: KitPictureWords, t: Translate): KitPictureText {
  const { kit } = words;
  return {
    campaignTitle: words.campaignTitle,
    tagline: words.tagline,
    date: words.date,
    ...(kit?.hashtag ? { hashtag: kit.hashtag } : {}),
    callToAction: kit?.callToAction?.[words.locale] ?? t('kitPictures.joinUs'),
    siteAddress: words.homeUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    supportLabel: t('kitPictures.support', { campaign: words.campaignTitle }),
  };
}
