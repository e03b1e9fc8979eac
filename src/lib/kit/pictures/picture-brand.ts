/**
 * What every kit picture and share card shares: the page of its pixel size (1 pt = 1 px, as
 * src/lib/pdf/rasterise.ts draws at 72 dpi), the language and direction of its text, the
 * bundled fonts in the order the language wants them, the brand colours with the text
 * colour that reads on each, the key visual and logo, and `kit-fit`, which sets a text as
 * large as fits in a box. The picture builders beside this file are pure: they return Typst source.
 */
import { FONT_FAMILIES, fontFamiliesFor } from '../../pdf/fonts.ts';
import { typstString } from '../../typst/escape.ts';
import { textArguments, typstLanguage } from '../../typst/language.ts';
import { textColourOn } from '../../typst/component-library.ts';
import { tint } from '../../colour.ts';
import { SOFT_SHARE } from '../../pdf/brand-svg.ts';

/** The campaign's look, with its pictures as paths already mapped into the compiler. */
export interface PictureBrand {
  primary: string;
  accent?: string;
  /** The logo; pictures leave its place out without one. */
  logoPath?: string;
  /** The key visual (the campaign's, or sidkit's own). */
  keyVisualPath: string;
}

/** The language a picture's text is in. */
export interface PictureLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A picture's size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

const colour = (hex: string) => `rgb(${typstString(hex)})`;

/** The space between the lines of a large text, in em: Arabic letters reach higher and lower than Latin and Chinese ones. */
export function lineLead(lang: string): number {
  return fontFamiliesFor(lang)[0] === FONT_FAMILIES.arabic ? 0.6 : 0.3;
}

/**
 * The start of a picture's Typst source: page, text and colour settings and the shared
 * helpers. `transparent` leaves the page unfilled (the profile frame); others are filled
 * with `background`, the brand colour unless told.
 */
export function picturePreamble(
  size: PixelSize,
  language: PictureLanguage,
  brand: PictureBrand,
  options: { transparent?: boolean; background?: 'primary' | 'soft' } = {},
): string {
  const onPrimary = textColourOn(brand.primary);
  const accent = brand.accent ?? onPrimary;
  const fill = options.transparent ? 'none' : options.background === 'soft' ? 'kit-soft' : 'kit-primary';
  const fonts = fontFamiliesFor(language.lang).map(typstString).join(', ');
  return `#let kit-primary = ${colour(brand.primary)}
#let kit-on-primary = ${colour(onPrimary)}
#let kit-accent = ${colour(accent)}
#let kit-on-accent = ${colour(textColourOn(accent))}
// Text in the brand colour on white or the soft tint: darker than the brand colour, which already reads on white.
#let kit-ink = kit-primary.darken(25%)
#let kit-soft = ${colour(tint(brand.primary, SOFT_SHARE))}
#set page(width: ${size.width}pt, height: ${size.height}pt, margin: 0pt, fill: ${fill})
// No extra space between Chinese characters and Latin letters or digits: the pictures read as the site's pages do ("2027年2月9日").
#set text(font: (${fonts}), ${textArguments(typstLanguage(language.lang), language.dir)}, fill: kit-on-primary, cjk-latin-spacing: none)
#set par(justify: false)
#let kit-visual(width, height) = box(width: width, height: height, clip: true, image(${typstString(brand.keyVisualPath)}, width: width, height: height, fit: "cover"))
#let kit-logo(height) = ${brand.logoPath ? `image(${typstString(brand.logoPath)}, height: height)` : 'none'}
#let kit-lead = ${lineLead(language.lang)}
${KIT_FIT}`;
}

/**
 * `kit-fit(text, width:, height:, sizes:, lines:)`: `text` at the largest of `sizes` at which it
 * takes at most `lines` lines and fits in `height`, wrapped at Typst's line breaks (spaces,
 * and between Chinese characters). A text too long even at the smallest size is cut after
 * the last whole word (or character cluster, for scripts without spaces) that fits, and ends
 * with an ellipsis: never inside a glyph.
 */
const KIT_FIT = `#let kit-fit(t, width: 100pt, height: 100pt, sizes: (48pt,), lines: 3, weight: "bold", fill: auto, lead: auto) = context {
  let lead = if lead == auto { kit-lead } else { lead }
  let fill = if fill == auto { text.fill } else { fill }
  let shown(size, s) = block(width: width, {
    set par(leading: lead * size)
    text(size: size, weight: weight, fill: fill, s)
  })
  let fits(size, s) = {
    let line = measure(text(size: size, weight: weight, s)).height
    let most = calc.min(height, lines * line + (lines - 1) * lead * size) + 1pt
    measure(shown(size, s)).height <= most
  }
  let chosen = sizes.find(size => fits(size, t))
  if chosen != none {
    shown(chosen, t)
  } else {
    let size = sizes.last()
    let clusters = t.clusters()
    let cut(n) = (("",) + clusters.slice(0, n)).join()
    let (low, high) = (0, clusters.len())
    while low < high {
      let middle = calc.div-euclid(low + high + 1, 2)
      if fits(size, cut(middle) + "…") { low = middle } else { high = middle - 1 }
    }
    let keep = low
    let space = low - 1
    while space > low * 0.6 and clusters.at(space) != " " { space -= 1 }
    if space > low * 0.6 { keep = space }
    shown(size, cut(keep).trim(regex("[\\s,;:.、，。：；،؛-]+"), at: end) + "…")
  }
}
`;

/**
 * `text` set apart from the text around it, left to right (Unicode's isolates): a hashtag or a
 * web address keeps its `#` and its slashes where they belong in an Arabic line.
 */
export function leftToRight(text: string): string {
  return `\u2066${text}\u2069`;
}

/** Font sizes from `largest` down to `smallest` in steps of `step` px, for `kit-fit`. */
export function fontSizes(largest: number, smallest: number, step = 4): string {
  const sizes: string[] = [];
  for (let size = largest; size >= smallest; size -= step) sizes.push(`${size}pt`);
  return `(${sizes.join(', ')},)`;
}

/** The words of a campaign's kit pictures in one language. */
export interface KitPictureText {
  campaignTitle: string;
  tagline: string;
  /** The date of the day, in the language's words. */
  date: string;
  /** From kit.yaml; left out of the pictures without one. */
  hashtag?: string;
  /** kit.yaml's call to action, or a built-in "Join us". */
  callToAction: string;
  /** The site's address as people type it, without `https://`. */
  siteAddress: string;
  /** The profile frame's label, e.g. "I support Safer Internet Day 2027". */
  supportLabel: string;
}
