/**
 * A page's link-preview picture (Open Graph, 1200×630): the page's title large in the
 * campaign's text colour on its brand colour, the key visual on the end side, and a white
 * band with the logo, the campaign and the date of the day. Start and end follow the
 * language's direction, so an Arabic card is the mirror image of an English one.
 */
import type { Translate } from '../../../i18n/translate.ts';
import { fontFamiliesFor } from '../../pdf/fonts.ts';
import { typstString } from '../../typst/escape.ts';
import { textArguments, typstLanguage } from '../../typst/language.ts';
import { fontSizes, lineLead, picturePreamble, type PictureBrand, type PictureLanguage } from './picture-brand.ts';

/** The size of a share card: what Facebook, LinkedIn and X ask for (1.91:1). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** The words on a share card. */
export interface ShareCardText {
  /** Large: the page's title, or on the campaign's home page its tagline. */
  headline: string;
  /** In the band: the campaign's title, or on its home page the title too. */
  band: string;
  /** The date of the day, in the language's words. */
  date: string;
}

/** What a page tells its share card: its own title (empty on the campaign's home page) and the campaign's words. */
export interface SharedPage {
  title: string;
  campaignTitle: string;
  tagline: string;
  date: string;
}

/** The card's words: on the campaign's home page, whose title is the campaign's, the tagline stands large instead. */
export function shareCardText(page: SharedPage): ShareCardText {
  const home = page.title === '' || page.title === page.campaignTitle;
  return { headline: home ? page.tagline : page.title, band: page.campaignTitle, date: page.date };
}

/** The card's text alternative (`og:image:alt`): every word it shows, in reading order. */
export function shareCardAlt(text: ShareCardText, t: Translate): string {
  return t('kitPictures.cardAlt', { title: text.headline, campaign: text.band, date: text.date });
}

const VISUAL_WIDTH = 470;
const BAND_HEIGHT = 110;
const STRIPE = 8;
const MARGIN = 64;
const TOP = SHARE_CARD_SIZE.height - BAND_HEIGHT - STRIPE;

/**
 * The Typst source of one share card, laid out for `language`. A fallback page shows its
 * title in the language it is written in, `headline`: set in that language's fonts and direction.
 */
export function shareCardSource(
  text: ShareCardText,
  language: PictureLanguage,
  brand: PictureBrand,
  headline: PictureLanguage = language,
): string {
  const titleWidth = SHARE_CARD_SIZE.width - VISUAL_WIDTH - 2 * MARGIN;
  const fonts = fontFamiliesFor(headline.lang).map(typstString).join(', ');
  const headlineText = `set text(font: (${fonts}), ${textArguments(typstLanguage(headline.lang), headline.dir)})`;
  return `${picturePreamble(SHARE_CARD_SIZE, language, brand)}
#place(top + end, kit-visual(${VISUAL_WIDTH}pt, ${TOP}pt))
#place(top + start, box(width: ${titleWidth + 2 * MARGIN}pt, height: ${TOP}pt, inset: (x: ${MARGIN}pt, y: 44pt), align(start + horizon, { ${headlineText}; kit-fit(${typstString(text.headline)}, width: ${titleWidth}pt, height: ${TOP - 88}pt, sizes: ${fontSizes(76, 36)}, lines: 3, lead: ${lineLead(headline.lang)}) })))
#place(top, dy: ${TOP}pt, box(width: 100%, height: ${STRIPE}pt, fill: kit-accent))
#place(bottom, box(width: 100%, height: ${BAND_HEIGHT}pt, fill: white, inset: (x: ${MARGIN}pt), align(horizon, grid(columns: (auto, 1fr, auto), column-gutter: 24pt, align: horizon,
  kit-logo(64pt),
  layout(area => kit-fit(${typstString(text.band)}, width: area.width, height: 80pt, sizes: ${fontSizes(32, 22, 2)}, lines: 2, fill: kit-ink)),
  text(size: 26pt, fill: luma(50), ${typstString(text.date)})))))
`;
}
