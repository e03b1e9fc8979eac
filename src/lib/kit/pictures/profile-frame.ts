/**
 * The profile frame (1080×1080), laid over a supporter's profile photo: a ring of the brand
 * colour at the edge, which networks crop round, with the hashtag at the top and a label
 * such as "I support Safer Internet Day 2027" in a band at the bottom. The middle is fully
 * transparent, so the photo shows through.
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

/** The radius of the transparent middle, in px: the ring is the 110 px outside it, and the corners. */
export const PROFILE_OPENING_RADIUS = 430;

/** The Typst source of the profile frame. */
export function profileFrameSource(text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const { width } = KIT_PICTURES['profile-frame'];
  const corner = Math.ceil((width / 2) * Math.SQRT2) + 2;
  // A stroke is centred on its circle: this one covers from the opening out past the corners.
  const strokeWidth = corner - PROFILE_OPENING_RADIUS;
  const strokeRadius = PROFILE_OPENING_RADIUS + strokeWidth / 2;
  const hashtag = text.hashtag
    ? `#place(top + center, dy: 26pt, text(size: 46pt, weight: "bold", ${typstString(leftToRight(text.hashtag))}))`
    : '';
  return `${picturePreamble(KIT_PICTURES['profile-frame'], language, brand, { transparent: true })}
#place(center + horizon, circle(radius: ${strokeRadius}pt, stroke: ${strokeWidth}pt + kit-primary))
#place(center + horizon, circle(radius: ${PROFILE_OPENING_RADIUS + 5}pt, stroke: 10pt + kit-accent))
${hashtag}
#place(bottom + center, dy: -46pt, box(width: 780pt, height: 132pt, fill: kit-accent, radius: 66pt, inset: (x: 48pt, y: 12pt), align(center + horizon, kit-fit(${typstString(text.supportLabel)}, width: 684pt, height: 108pt, sizes: ${fontSizes(48, 28)}, lines: 2, fill: kit-on-accent))))
`;
}
