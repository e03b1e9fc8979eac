/**
 * The complete Typst source of a toolkit PDF: metadata, page and text setup, the
 * component library, then cover, contents, body, endnotes and helplines, in that order.
 * Every printed word comes from the input, so the template itself holds no language.
 */
import { parseIsoDate } from '../../i18n/format.ts';
import { componentLibrary, type Brand } from './component-library.ts';
import type { Endnote } from './convert-context.ts';
import { typstComment, typstString, typstText } from './escape.ts';
import { textArguments, typstLanguage } from './language.ts';
import { splitTemplate } from './template.ts';

/** Words the document frame prints, in the document's language. */
export interface DocumentLabels {
  /** Title of the table of contents, e.g. "Contents". */
  contents: string;
  /** Running footer with `{n}` and `{total}`, e.g. "page {n} of {total}". */
  pageOf: string;
  /** Heading of the endnotes, e.g. "Notes". */
  notes: string;
  /** Heading of the last page, e.g. "Where to get help". */
  helplines: string;
}

/** Everything a toolkit PDF is built from. */
export interface DocumentInput {
  /** BCP 47 language of the document, e.g. `ar` or `zh-Hans`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  paper: 'a4' | 'us-letter';
  title: string;
  campaignTitle: string;
  /** Who the toolkit is for, e.g. "Teachers of 11-14 year olds". */
  audienceLabel: string;
  /** The language's name in itself, shown on the cover. */
  languageName: string;
  /** Edition date, YYYY-MM-DD, printed on the cover in the document's language. */
  date: string;
  brand: Brand;
  /** The cover logo: a virtual path mapped into the compiler, and its alt text. */
  logo?: { path: string; alt: string };
  /** `band` prints on white under a band of the brand colour, kind to black-and-white printers; `full-bleed` fills the page. */
  coverStyle: 'band' | 'full-bleed';
  /** The key visual on a band cover: a virtual path mapped into the compiler; decorative. */
  coverPicture?: string;
  labels: DocumentLabels;
  /** The toolkit content, from `hastToTypst`. */
  bodyMarkup: string;
  endnotes: readonly Endnote[];
  /** Typst markup naming each cited document in full (title, symbol, date, link), printed once above the notes' short forms. */
  sourcesMarkup?: string;
  /** Typst markup of the helplines for the last page; omitted when blank. */
  helplinesMarkup: string;
  /** Font families in fallback order, named explicitly so output does not depend on the machine's fonts. */
  fontFamilies: readonly string[];
}

/** Monospace font built into Typst, so code looks the same on every machine. */
const MONOSPACE_FAMILY = 'DejaVu Sans Mono';

/** Font families as a Typst array, in fallback order; shared with the slide documents. */
export function fontList(families: readonly string[]): string {
  return `(${families.map((family) => `${typstString(family)},`).join(' ')})`;
}

/** The edition date in the document's language, e.g. "9 February 2027" or "2027年2月9日"; the title slide prints it too. */
export function formatEditionDate(isoDate: string, lang: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new Error(`Edition date ${JSON.stringify(isoDate)} is not a real date in YYYY-MM-DD form.`);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function setup(input: DocumentInput): string {
  if (input.fontFamilies.length === 0) throw new Error('A document needs at least one font family.');
  const language = typstLanguage(input.lang);
  if (!language) throw new Error(`Document language ${JSON.stringify(input.lang)} is not a valid BCP 47 tag.`);
  const fonts = fontList(input.fontFamilies);
  return `#set document(title: ${typstString(input.title)}, date: auto)
#set page(paper: ${typstString(input.paper)}, margin: (x: 2.2cm, top: 2.2cm, bottom: 2.6cm), numbering: "1", footer: context sidkit-footer())
#set text(${textArguments(language, input.dir)}, font: ${fonts}, fallback: false, size: 10.5pt)
#set par(leading: 0.75em, spacing: 1.15em)
#show raw: set text(font: (${typstString(MONOSPACE_FAMILY)}, ..${fonts}))
#show link: set text(fill: sidkit-primary.darken(15%))
#show heading: set text(fill: sidkit-primary.darken(15%))
#show heading: set block(above: 1.6em, below: 0.8em)
#show heading.where(level: 1): set text(size: 1.75em)
#show heading.where(level: 2): set text(size: 1.35em)
#show heading.where(level: 3): set text(size: 1.15em)
#show figure: set block(breakable: true)
#set table(stroke: 0.6pt + luma(170), inset: 7pt, align: start)
#set line(stroke: 0.6pt + luma(170))
#set list(marker: ([•], [–]))
#show outline.entry.where(level: 1): set block(above: 1.1em)
// Each title sits in a box, so an RTL title cannot pull its page number to the wrong side.
#show outline.entry: it => link(it.element.location(), {
  set text(fill: black, weight: if it.level == 1 { "bold" } else { "regular" })
  it.indented(it.prefix(), [#box(it.body())#h(0.4em)#box(width: 1fr, it.fill)#h(0.4em)#it.page()])
})
#show quote.where(block: true): it => context block(
  inset: (x: 1em, y: 0.3em),
  stroke: if text.dir == rtl { (right: 2.5pt + sidkit-rule) } else { (left: 2.5pt + sidkit-rule) },
  emph(it.body),
)`;
}

/** The footer: document title, then the localized "page N of M". */
function footer(input: DocumentInput): string {
  const values: Readonly<Record<string, string>> = {
    n: '#counter(page).display()',
    total: '#str(counter(page).final().first())',
  };
  const pageOf = splitTemplate(input.labels.pageOf, ['n', 'total'])
    .map((part) => (typeof part === 'string' ? typstText(part) : values[part.name]))
    .join('');
  return `#let sidkit-footer() = {
  set text(size: 8.5pt, fill: luma(85))
  grid(columns: (1fr, auto), column-gutter: 1em, ${typstString(input.title)}, [${pageOf}])
}`;
}

/** The cover's bottom line: the document's language and its edition date. */
function coverFooter(input: DocumentInput, stroke: string): string {
  const date = typstString(formatEditionDate(input.date, input.lang));
  return `#line(length: 100%, stroke: 0.8pt + ${stroke})
  #grid(columns: (1fr, auto), column-gutter: 1em, text(size: 1.1em, ${typstString(input.languageName)}), text(size: 1.1em, ${date}))`;
}

/** A cover filled with the brand colour, for campaigns that print in colour. */
function fullBleedCover(input: DocumentInput): string {
  const logo = input.logo
    ? `#image(${typstString(input.logo.path)}, alt: ${typstString(input.logo.alt)}, height: 2.2cm)\n  #v(1.5em)\n  `
    : '';
  return `#page(fill: sidkit-primary, footer: none, margin: (x: 2.5cm, top: 3cm, bottom: 2.5cm))[
  #set text(fill: sidkit-on-primary)
  #set par(leading: 0.55em)
  ${logo}#text(size: 1.3em, weight: "bold", ${typstString(input.campaignTitle)})
  #block(above: 1em, width: 3.5cm, height: 5pt, fill: sidkit-accent)
  #v(1fr)
  #text(size: 3em, weight: "bold", ${typstString(input.title)})
  #v(1.4em)
  #text(size: 1.5em, ${typstString(input.audienceLabel)})
  #v(1fr)
  ${coverFooter(input, 'sidkit-on-primary')}
]`;
}

// The band across the top of a band cover, and the space it takes above the cover's text.
const BAND_HEIGHT = '3.6cm';
const BAND_MARGIN = '5cm';

/** A white cover under a band of the brand colour, with the key visual: little ink, legible in black and white. */
function bandCover(input: DocumentInput): string {
  const logo = input.logo
    ? `image(${typstString(input.logo.path)}, alt: ${typstString(input.logo.alt)}, height: 1.6cm), `
    : '';
  const picture = input.coverPicture
    ? `#align(center, image(${typstString(input.coverPicture)}, width: 100%, height: 8.5cm, fit: "contain"))`
    : '';
  return `#page(footer: none, margin: (x: 2.2cm, top: ${BAND_MARGIN}, bottom: 2.2cm))[
  #set par(leading: 0.55em)
  #context place(top + left, dx: -2.2cm, dy: -${BAND_MARGIN}, block(width: page.width, height: ${BAND_HEIGHT}, fill: sidkit-primary, inset: (x: 2.2cm, top: 1cm), stroke: (bottom: 5pt + sidkit-accent), grid(columns: ${input.logo ? '(auto, 1fr)' : '(1fr,)'}, column-gutter: 0.8em, align: horizon, ${logo}text(fill: sidkit-on-primary, size: 1.3em, weight: "bold", ${typstString(input.campaignTitle)}))))
  ${picture}
  #v(1fr)
  #text(size: 2.8em, weight: "bold", fill: sidkit-primary.darken(15%), ${typstString(input.title)})
  #v(1em)
  #text(size: 1.45em, ${typstString(input.audienceLabel)})
  #v(1fr)
  ${coverFooter(input, 'luma(150)')}
]`;
}

function cover(input: DocumentInput): string {
  return input.coverStyle === 'full-bleed' ? fullBleedCover(input) : bandCover(input);
}

function contents(input: DocumentInput): string {
  return `#outline(title: ${typstString(input.labels.contents)}, depth: 2)
#pagebreak(weak: true)`;
}

function endnotes(input: DocumentInput): string {
  if (input.endnotes.length === 0) return '';
  const notes = input.endnotes.map((note) => `#sidkit-endnote(${typstString(note.id)})[${note.markup}]`).join('\n');
  const sources = input.sourcesMarkup?.trim() ? `#block(below: 1.2em)[\n${input.sourcesMarkup}\n]\n` : '';
  return `#[
#heading(level: 1, ${typstString(input.labels.notes)})
#set text(size: 0.92em)
${sources}${notes}
]`;
}

function helplines(input: DocumentInput): string {
  if (input.helplinesMarkup.trim() === '') return '';
  return `#pagebreak(weak: true)
#heading(level: 1, ${typstString(input.labels.helplines)})
#sidkit-helpbox(title: none)[
${input.helplinesMarkup}
]`;
}

/** The full Typst source of a toolkit PDF. Throws on input no PDF should be built from (bad colour, date, language or labels). */
export function buildDocument(input: DocumentInput): string {
  const sections = [
    typstComment(`${input.campaignTitle}: ${input.title}`),
    componentLibrary(input.brand),
    footer(input),
    setup(input),
    cover(input),
    contents(input),
    input.bodyMarkup,
    endnotes(input),
    helplines(input),
    // Last, so that a pack's quizzes can be done before their answers are seen.
    '#sidkit-quiz-key()',
  ];
  return `${sections.filter((section) => section.trim() !== '').join('\n\n')}\n`;
}
