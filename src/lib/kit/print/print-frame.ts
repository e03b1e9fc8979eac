/**
 * The Typst set-up every kit print document starts with: what it is (a comment), the brand
 * colours, the document title and language (which Typst 0.14 writes into the tagged PDF),
 * the page and the fonts named explicitly, and the helpers the layouts share: shrinking a
 * text until it fits a box, and a star drawn in the accent colour. Chinese is set without the extra
 * space Typst puts beside Latin letters and digits, as the site's pages and the kit's pictures show it.
 */
import { textColourOn, brandColours, type Brand } from '../../typst/component-library.ts';
import { fontList } from '../../typst/document.ts';
import { typstComment, typstString } from '../../typst/escape.ts';
import { textArguments, typstLanguage } from '../../typst/language.ts';
import { localeInfo } from '../../../i18n/locales.ts';
import { fontFamiliesFor } from '../../pdf/fonts.ts';

/** How a kit document's page is set up. */
export interface PrintFrame {
  lang: string;
  /** The PDF's title, e.g. "Safer Internet Day 2027: poster". */
  title: string;
  brand: Brand;
  /** A Typst paper name: "a4", "a3" or "us-letter". */
  paper: string;
  landscape?: boolean;
  /** Typst margin, e.g. "12mm"; never under 10 mm, which many printers cannot print. */
  margin: string;
  /** The body text size, e.g. "11pt"; the layouts size everything else in em. */
  textSize: string;
  /** Typst code for the page's footer, or none. */
  footer?: string;
}

/**
 * Typst helpers of the kit's layouts. `print-fit` gives the largest of `sizes` at which `make(size)`
 * is no taller than `max-height` in a block `width` wide, and so keeps a long headline in its box.
 */
const HELPERS = `#let print-fit(width, max-height, sizes, make) = {
  for size in sizes {
    if measure(block(width: width, make(size))).height <= max-height.to-absolute() { return size }
  }
  sizes.last()
}
#let kit-star(size, fill: sidkit-accent, stroke: none) = {
  let points = range(10).map(i => {
    let r = if calc.rem(i, 2) == 0 { size / 2 } else { size / 5 }
    let a = -90deg + i * 36deg
    (size / 2 + r * calc.cos(a), size / 2 + r * calc.sin(a))
  })
  box(width: size, height: size, polygon(fill: fill, stroke: stroke, ..points))
}`;

/** The start of a kit document's Typst source, up to its content. Throws on a language or colour no PDF should be built with. */
export function printFrame(frame: PrintFrame): string {
  const language = typstLanguage(frame.lang);
  if (!language) throw new Error(`Document language ${JSON.stringify(frame.lang)} is not a valid BCP 47 tag.`);
  const onAccent = textColourOn(frame.brand.accent ?? textColourOn(frame.brand.primary));
  return `${typstComment(frame.title)}
${brandColours(frame.brand)}
#let sidkit-on-accent = rgb(${typstString(onAccent)})
#set document(title: ${typstString(frame.title)}, date: auto)
#set page(paper: ${typstString(frame.paper)}, flipped: ${frame.landscape ? 'true' : 'false'}, margin: ${frame.margin}, footer: ${frame.footer ?? 'none'})
#set text(${textArguments(language, localeInfo(frame.lang).dir)}, font: ${fontList(fontFamiliesFor(frame.lang))}, fallback: false, size: ${frame.textSize}, cjk-latin-spacing: none)
#set par(leading: 0.5em, spacing: 0.9em)
${HELPERS}`;
}

/** A number written in groups, such as "116 111" or "+44 800 1111". */
const GROUPED_NUMBER = /\+?\d[\d ]*\d/g;

/**
 * Text whose numbers written in groups hold together: their spaces become no-break spaces, which
 * the bidi algorithm counts as part of the number (measured in Typst: a right-to-left paragraph
 * shows "116 111" as "111 116" with a plain space), and at which no line breaks.
 */
export function unbrokenNumbers(text: string): string {
  return text.replace(GROUPED_NUMBER, (number) => number.replace(/ /g, '\u00a0'));
}
