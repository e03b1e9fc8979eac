/** `<Fact id>`: a figure from the campaign's facts.yaml, with its label and citation. */
import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { expectTag } from '../typst/component-helpers.ts';
import { typstText } from '../typst/escape.ts';
import { isWebOnly, textContent } from '../typst/hast-read.ts';
import { isolatedDirection } from '../typst/language.ts';
import { keepNumbersTogether, serializeInline } from '../typst/inline.ts';
import { problemAt } from '../typst/problems.ts';
import { defineComponent } from './component.ts';

const PARTS = ['value', 'label', 'source'] as const;

/** The text a node prints, leaving out web-only chrome such as the brackets around a citation. */
function printedText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && !isWebOnly(node)) return node.children.map(printedText).join('');
  return '';
}

/** The fact component; the PDF prints it as a card: the figure large, its label, then its source. */
export const fact = defineComponent({
  name: 'Fact',
  usedIn: ['page', 'toolkit'],
  attributes: { id: { type: 'text', required: true } },
  html: `<span data-sidkit="fact" data-fact="id"> The card, with three parts:
<span data-fact-part="value"> the figure; <span data-fact-part="label"> what it counts;
<span data-fact-part="source"> a <cite data-sidkit="cite"> of where it comes from.`,
  pdf: [
    {
      key: 'fact',
      placement: 'inline',
      convert: (element, ctx) => {
        if (!expectTag(element, 'span', ctx)) return [];
        const parts = PARTS.map((part) => select(`[data-fact-part="${part}"]`, element));
        const [value, label, source] = parts;
        if (!value || !label || !source) {
          const missing = PARTS.filter((_, index) => !parts[index]);
          ctx.problems.push(
            problemAt(
              element,
              `A fact card needs its ${missing.map((part) => `data-fact-part="${part}"`).join(', ')}.`,
            ),
          );
          return [];
        }
        const content = (part: Element) => `[${serializeInline(ctx.inline(part.children))}]`;
        // Boxed, so that in right-to-left text the note marker cannot join the paragraph number before it.
        const sourceText = typstText(keepNumbersTogether(printedText(source).replace(/\s+/g, ' ').trim()));
        return [
          {
            kind: 'atom',
            source: `#sidkit-fact(${isolatedDirection(textContent(value))}, ${content(value)}, ${content(label)}, [#box[${sourceText}]${serializeInline(ctx.inline(source.children))}])`,
          },
        ];
      },
    },
  ],
  typst: `// A fact card: the figure large and unbroken, in the direction of its own text, what it
// counts, then its source and note marker, each on a line of its own so that a figure never
// runs into its label. The bar is the grid's first column, so it stands on the side text starts.
#let sidkit-fact(value-dir, value, label, source) = block(
  width: 100%, breakable: false, above: 0.9em, below: 0.9em, fill: sidkit-tint, radius: 4pt, clip: true,
  grid(columns: (3pt, 1fr), fill: (sidkit-primary, none), [], pad(x: 12pt, y: 10pt)[
    #block(below: 0.5em, box(text(dir: value-dir, size: 1.9em, weight: "bold", fill: sidkit-primary, value)))
    #block(below: 0.45em, label)
    #text(size: 0.85em, fill: luma(70), source)
  ]),
)`,
  strings: ['fact.about', 'fact.nearly', 'fact.over', 'fact.upTo'],
});
