/**
 * The Typst side of the toolkit components: the `sidkit-*` functions that the markup from
 * `hast-to-typst.ts` calls, styled in the campaign's brand colour. Boxes use light tints
 * and coloured rules rather than solid fills, so that they print well in black and white.
 */
import { contrastRatio, parseHexColour } from '../colour.ts';
import { typstString } from './escape.ts';

/** The campaign colours a document is styled with, as `#rrggbb` or `#rgb`. */
export interface Brand {
  primary: string;
  /** A second colour for details such as the cover's stripe; the text colour on primary when absent. */
  accent?: string;
}

const DARK_TEXT = '#111111';
const LIGHT_TEXT = '#ffffff';

/** The text colour (near-black or white) that reads best on a background colour. */
export function textColourOn(background: string): string {
  return contrastRatio(LIGHT_TEXT, background) >= contrastRatio(DARK_TEXT, background) ? LIGHT_TEXT : DARK_TEXT;
}

function colour(hex: string): string {
  if (!parseHexColour(hex)) throw new Error(`Brand colour ${JSON.stringify(hex)} is not a hex colour such as #1d4ed8.`);
  return `rgb(${typstString(hex)})`;
}

/** Typst definitions of the brand colours and every `sidkit-*` function the converted markup uses. */
export function componentLibrary(brand: Brand): string {
  return `// Brand colours
#let sidkit-primary = ${colour(brand.primary)}
#let sidkit-accent = ${colour(brand.accent ?? textColourOn(brand.primary))}
#let sidkit-on-primary = ${colour(textColourOn(brand.primary))}
#let sidkit-tint = sidkit-primary.lighten(90%)
#let sidkit-rule = sidkit-primary.lighten(40%)

// A header cell of a table
#let sidkit-th(..args) = table.cell(fill: sidkit-tint, ..args.named(), strong(args.pos().at(0)))

// The superscript marker of endnote id, linked to the note
#let sidkit-noteref(id) = super(link(label("sidkit-note-" + id), id))

// One endnote in the notes list, anchored for its markers
#let sidkit-endnote(id, body) = grid(
  columns: (2.2em, 1fr),
  [#metadata(none)#label("sidkit-note-" + id)#(id + ".")], body,
)

// A bold label above a box's content
#let sidkit-box-title(title, fill: sidkit-primary) = block(below: 0.7em, sticky: true, text(weight: "bold", fill: fill, title))

// Activity: a titled unit with its time, purpose and materials, breakable across pages
#let sidkit-activity(level: 2, title: "", facts: (), materials: none, body) = block(
  width: 100%, breakable: true, stroke: 1pt + sidkit-primary, radius: 5pt, clip: true,
)[
  #block(width: 100%, fill: sidkit-tint, inset: (x: 12pt, y: 10pt), below: 0pt, sticky: true)[
    #show heading: set block(above: 0pt, below: if facts.len() > 0 or materials != none { 0.6em } else { 0pt })
    #heading(level: level, title)
    #set text(size: 0.9em)
    #let rows = facts.map(((label, value)) => (strong(label), value)).flatten()
    #let rows = if materials == none { rows } else {
      rows + (strong(materials.at(0)), list(tight: true, spacing: 0.4em, ..materials.at(1)))
    }
    #if rows.len() > 0 { grid(columns: (auto, 1fr), column-gutter: 0.8em, row-gutter: 0.5em, ..rows) }
  ]
  #block(width: 100%, inset: 12pt, above: 0pt, body)
]

// Steps: an enumeration with the numbers in filled circles
#let sidkit-steps(..items) = {
  set enum(
    numbering: n => box(baseline: 0.25em, circle(radius: 0.7em, fill: sidkit-primary, stroke: none,
      align(center + horizon, text(fill: sidkit-on-primary, weight: "bold", size: 0.85em, str(n))))),
    body-indent: 0.7em,
    spacing: 1.1em,
  )
  enum(..items.pos())
}

// Discussion questions in a tinted box
#let sidkit-discussion(title: "", body) = block(
  width: 100%, breakable: true, fill: sidkit-tint, radius: 5pt, inset: 12pt,
)[#sidkit-box-title(title)#body]

// Worksheet: its own page, fill-in fields, content, then ruled writing lines
#let sidkit-worksheet(level: 1, title: "", lines: 0, fields: (), body) = {
  pagebreak(weak: true)
  heading(level: level, title)
  if fields.len() > 0 {
    block(above: 1em, below: 1.5em, grid(
      columns: (auto, 1fr) * fields.len(), column-gutter: 0.6em, align: bottom,
      ..fields.map(field => (strong(field), box(width: 100%, height: 1.2em, stroke: (bottom: 0.6pt + luma(110))))).flatten(),
    ))
  }
  body
  for _ in range(lines) {
    block(width: 100%, height: 2.5em, above: 0pt, below: 0pt, stroke: (bottom: 0.6pt + luma(150)))
  }
  pagebreak(weak: true)
}

// Callout: a tip, warning or note, coloured by its kind
#let sidkit-callout-colours = (tip: rgb("#1b7a3d"), warning: rgb("#b3261e"), note: sidkit-primary)
#let sidkit-callout(kind: "note", label: "", body) = {
  let paint = sidkit-callout-colours.at(kind)
  block(
    width: 100%, breakable: true, fill: paint.lighten(92%), stroke: 1pt + paint, radius: 5pt, inset: 12pt,
  )[#sidkit-box-title(label, fill: paint)#body]
}

// Vocabulary: terms and their meanings side by side
#let sidkit-vocabulary(title: "", ..entries) = block(
  width: 100%, breakable: true, stroke: 1pt + sidkit-rule, radius: 5pt, inset: 12pt,
)[
  #sidkit-box-title(title)
  #grid(
    columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.9em,
    ..entries.pos().map(((term, meaning)) => (strong(term), meaning)).flatten(),
  )
]

// Helplines: the most prominent box, kept on one page; untitled under a heading of its own
#let sidkit-helpbox(title: none, body) = block(
  width: 100%, breakable: false, fill: sidkit-tint, stroke: 2pt + sidkit-primary, radius: 6pt, inset: 14pt,
)[
  #set text(size: 1.1em)
  #if title != none { sidkit-box-title(title) }
  #body
]
`;
}
