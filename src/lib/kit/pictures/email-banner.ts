/**
 * The email signature banner (1200×300, shown at 600×150): the logo on white, the campaign,
 * its date and hashtag and the site's address on the brand colour, and the key visual at the
 * end. Its smallest text is 28 px, 14 px as shown.
 */
import { KIT_PICTURES } from '../../routing/kit-files.ts';
import { typstString, typstText } from '../../typst/escape.ts';
import {
  fontSizes,
  leftToRight,
  picturePreamble,
  type KitPictureText,
  type PictureBrand,
  type PictureLanguage,
} from './picture-brand.ts';

const VISUAL_WIDTH = 300;

/** The Typst source of the email banner. */
export function emailBannerSource(text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const size = KIT_PICTURES['email-banner'];
  const details = [text.date, ...(text.hashtag ? [leftToRight(text.hashtag)] : [])]
    .map(typstText)
    .join(' #h(0.5em)·#h(0.5em) ');
  const textWidth = size.width - VISUAL_WIDTH - 48 - 180 - 40 - 40;
  return `${picturePreamble(size, language, brand)}
#place(top + end, kit-visual(${VISUAL_WIDTH}pt, ${size.height}pt))
#place(top + start, box(width: ${size.width - VISUAL_WIDTH}pt, height: ${size.height}pt, inset: (x: 48pt), align(horizon, grid(columns: (auto, 1fr), column-gutter: 40pt, align: horizon,
  box(width: 180pt, height: 180pt, fill: white, radius: 24pt, align(center + horizon, kit-logo(132pt))),
  stack(spacing: 16pt,
    kit-fit(${typstString(text.campaignTitle)}, width: ${textWidth}pt, height: 120pt, sizes: ${fontSizes(50, 32)}, lines: 2),
    text(size: 30pt)[${details}],
    text(size: 28pt, weight: "bold", ${typstString(leftToRight(text.siteAddress))}))))))
`;
}
