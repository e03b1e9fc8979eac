/** `<Activity>`: one timed unit of a toolkit, with its purpose and materials, boxed in the PDF. */
import type { Element } from 'hast';
import { ACTIVITY_PURPOSES } from '../content/toolkit-schema.ts';
import { titleDestination, withTitleHeading, type ConvertContext } from '../typst/convert-context.ts';
import { boxedContent, expectTag, requiredAttribute, wholeNumber } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { attribute } from '../typst/hast-read.ts';
import { problemAt } from '../typst/problems.ts';
import { fillTemplate } from '../typst/template.ts';
import { defineComponent } from './component.ts';
import { splitMaterials } from '../content/activities.ts';

/** `(label, value)` pairs shown at the top of an activity: time and purpose. */
function activityFacts(element: Element, ctx: ConvertContext): string[] {
  const { labels } = ctx.options;
  const facts: string[] = [];
  const minutes = wholeNumber(element, 'dataMinutes', 'data-minutes', ctx);
  if (minutes !== undefined)
    facts.push(`(${typstString(labels.time)}, ${typstString(fillTemplate(labels.minutes, { n: String(minutes) }))})`);
  const purpose = attribute(element, 'dataPurpose');
  if (purpose !== undefined) {
    const name = Object.hasOwn(labels.purposes, purpose) ? labels.purposes[purpose] : undefined;
    if (name === undefined) {
      ctx.problems.push(
        problemAt(element, `data-purpose="${purpose}" is not one of: ${Object.keys(labels.purposes).join(', ')}.`),
      );
    } else {
      facts.push(`(${typstString(labels.purpose)}, ${typstString(name)})`);
    }
  }
  return facts;
}

function materials(element: Element, ctx: ConvertContext): string {
  const items = splitMaterials(attribute(element, 'dataMaterials'));
  if (items.length === 0) return 'none';
  return `(${typstString(ctx.options.labels.materials)}, (${items.map((item) => `${typstString(item)},`).join(' ')}))`;
}

/** The activity component. */
export const activity = defineComponent({
  name: 'Activity',
  usedIn: ['toolkit'],
  attributes: {
    title: { type: 'text', required: true },
    minutes: { type: 'number', required: true },
    purpose: { type: 'enum', required: true, values: ACTIVITY_PURPOSES },
    materials: { type: 'text' },
  },
  html: `<section data-sidkit="activity" data-title="..." data-minutes="15" data-purpose="start-conversations" data-materials="paper; pens" id="...">content</section>
A boxed unit that may break across pages: its title (a heading in the contents), time, purpose and materials, then its content. data-title is required; data-minutes is a whole number; data-purpose a key of labels.purposes; data-materials a ;-separated list.`,
  pdf: [
    {
      key: 'activity',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'section', ctx)) return '';
        const title = requiredAttribute(element, 'dataTitle', 'data-title', ctx) ?? '';
        const facts = activityFacts(element, ctx);
        const materialsSource = materials(element, ctx);
        return withTitleHeading(ctx, title, (level) => {
          const args = [
            `level: ${level}`,
            `title: ${typstString(title)}`,
            `facts: (${facts.map((f) => `${f},`).join(' ')})`,
            `materials: ${materialsSource}`,
            ...titleDestination(element, ctx),
          ];
          return `#sidkit-activity(${args.join(', ')})${boxedContent(element, ctx)}`;
        });
      },
    },
  ],
  typst: `// Activity: a titled unit with its time, purpose and materials, breakable across pages;
// its title is the named destination \`dest\` (a label) that deep links open the PDF at
#let sidkit-activity(level: 2, title: "", facts: (), materials: none, dest: none, body) = block(
  width: 100%, breakable: true, stroke: 1pt + sidkit-primary, radius: 5pt, clip: true,
)[
  #block(width: 100%, fill: sidkit-tint, inset: (x: 12pt, y: 10pt), below: 0pt, sticky: true)[
    #show heading: set block(above: 0pt, below: if facts.len() > 0 or materials != none { 0.6em } else { 0pt })
    #sidkit-titled-heading(level, title, dest)
    #set text(size: 0.9em)
    #let rows = facts.map(((label, value)) => (strong(label), value)).flatten()
    #let rows = if materials == none { rows } else {
      rows + (strong(materials.at(0)), list(tight: true, spacing: 0.4em, ..materials.at(1)))
    }
    #if rows.len() > 0 { grid(columns: (auto, 1fr), column-gutter: 0.8em, row-gutter: 0.5em, ..rows) }
  ]
  #block(width: 100%, inset: 12pt, above: 0pt, body)
]`,
  strings: [
    'toolkit.time',
    'toolkit.minutes',
    'toolkit.purpose',
    'toolkit.materials',
    'toolkit.paperA4',
    'toolkit.paperLetter',
    'deepLinks.printActivity',
    ...ACTIVITY_PURPOSES.map((purpose) => `purpose.${purpose}`),
  ],
});
