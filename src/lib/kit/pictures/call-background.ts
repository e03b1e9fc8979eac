/**
 * The video-call background (1920×1080): calm, on a soft tint of the brand colour, with the
 * key visual whole in the bottom end corner and the campaign, date and hashtag in the top start corner,
 * so the person in the middle hides nothing that matters. It is not mirrored: many apps
 * mirror the caller's own preview, but the others in the call see it the right way round.
 */
import { KIT_PICTURES } from '../../routing/kit-files.ts';
import { typstString } from '../../typst/escape.ts';
import {
  fontSizes,
  leftToRight,
  picturePreamble,
  type KitPictureText,
  type PictureBrand,
  type PictureLanguage,
} from './picture-brand.ts';

/** The key visual's box in the bottom end corner, whole; the caller sits in the middle, clear of it. */
const VISUAL = { width: 680, height: 357 };
/** The width of the campaign's corner. */
const CORNER_WIDTH = 760;

/** The Typst source of the video-call background. */
export function callBackgroundSource(text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const size = KIT_PICTURES['call-background'];
  const hashtag = text.hashtag
    ? `, text(size: 32pt, weight: "bold", fill: kit-ink, ${typstString(leftToRight(text.hashtag))})`
    : '';
  return `${picturePreamble(size, language, brand, { background: 'soft' })}
#place(bottom + end, kit-visual(${VISUAL.width}pt, ${VISUAL.height}pt))
#place(top + start, box(width: ${CORNER_WIDTH}pt, inset: (x: 64pt, y: 56pt), grid(columns: (auto, 1fr), column-gutter: 24pt, align: top,
  kit-logo(88pt),
  stack(spacing: 14pt,
    kit-fit(${typstString(text.campaignTitle)}, width: ${CORNER_WIDTH - 128 - 112}pt, height: 120pt, sizes: ${fontSizes(44, 30)}, lines: 2, fill: kit-ink),
    text(size: 30pt, fill: luma(40), ${typstString(text.date)})${hashtag}))))
#place(bottom + start, box(inset: (x: 64pt, y: 48pt), text(size: 28pt, fill: kit-ink, ${typstString(leftToRight(text.siteAddress))})))
`;
}
