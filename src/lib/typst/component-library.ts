/**
 * The Typst side of the toolkit components: the `sidkit-*` functions that the markup from
 * `hast-to-typst.ts` calls, styled in the campaign's brand colour. Boxes use light tints
 * and coloured rules rather than solid fills, so that they print well in black and white.
 */
import { contrastRatio, parseHexColour } from '../colour.ts';
import { COMPONENT_TYPST } from '../components/registry.ts';
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

/** Typst definitions of the brand colours (`sidkit-primary`, `-accent`, `-on-primary`, `-tint`, `-rule`), for every branded document. */
export function brandColours(brand: Brand): string {
  return `// Brand colours
#let sidkit-primary = ${colour(brand.primary)}
#let sidkit-accent = ${colour(brand.accent ?? textColourOn(brand.primary))}
#let sidkit-on-primary = ${colour(textColourOn(brand.primary))}
#let sidkit-tint = sidkit-primary.lighten(90%)
#let sidkit-rule = sidkit-primary.lighten(40%)`;
}

/** Typst definitions of the brand colours, the shared helpers, and every component's `sidkit-*` functions (from the registry). */
export function componentLibrary(brand: Brand): string {
  return `${brandColours(brand)}

// A header cell of a table
#let sidkit-th(..args) = table.cell(fill: sidkit-tint, ..args.named(), strong(args.pos().at(0)))

// One endnote in the notes list, anchored for its markers
#let sidkit-endnote(id, body) = grid(
  columns: (2.2em, 1fr),
  [#metadata(none)#label("sidkit-note-" + id)#(id + ".")], body,
)

// A bold label above a box's content
#let sidkit-box-title(title, fill: sidkit-primary) = block(below: 0.7em, sticky: true, text(weight: "bold", fill: fill, title))

// A component's title heading, labelled \`dest\` when it has one: a labelled heading becomes
// a PDF named destination, which the site's deep links (\`….pdf#nameddest=activity-2\`) open at
#let sidkit-titled-heading(level, title, dest) = if dest == none { heading(level: level, title) } else [#heading(level: level, title)#dest]

${COMPONENT_TYPST}
`;
}
