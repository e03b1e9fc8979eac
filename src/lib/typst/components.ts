/**
 * The toolkit components (`data-sidkit="..."`, see the contract in `hast-to-typst.ts`)
 * turned into calls of the Typst functions defined in `component-library.ts`. Attributes
 * are checked here, and every printed word comes from the caller's labels.
 */
import type { Element } from 'hast';
import { inContainer, withTitleHeading, type CalloutKind, type ConvertContext } from './convert-context.ts';
import { typstString } from './escape.ts';
import { attribute, isElement, textContent, visibleChildren } from './hast-read.ts';
import { serializeInline, type InlinePiece } from './inline.ts';
import { itemContent, listItems, termGroupContent, termGroups } from './lists.ts';
import { problemAt } from './problems.ts';
import { fillTemplate } from './template.ts';

type BlockComponent = (element: Element, ctx: ConvertContext) => string;
type InlineComponent = (element: Element, ctx: ConvertContext) => InlinePiece[];

/** Rejects a component written on the wrong element, since its content model would not fit. */
function expectTag(element: Element, tagName: string, ctx: ConvertContext): boolean {
  if (element.tagName === tagName) return true;
  ctx.problems.push(problemAt(element, `This component must be written as <${tagName} data-sidkit="...">.`));
  return false;
}

/** A required non-empty attribute, or undefined with a problem. */
function requiredAttribute(element: Element, property: string, name: string, ctx: ConvertContext): string | undefined {
  const value = attribute(element, property)?.trim();
  if (value) return value;
  ctx.problems.push(problemAt(element, `${name} is required and must not be empty.`));
  return undefined;
}

/** A whole-number attribute, or undefined with a problem when it is not one. */
function wholeNumber(element: Element, property: string, name: string, ctx: ConvertContext): number | undefined {
  const value = attribute(element, property);
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  ctx.problems.push(problemAt(element, `${name}="${value}" must be a whole number.`));
  return undefined;
}

/** A content block with the element's children as blocks, laid out inside a box. */
function boxedContent(element: Element, ctx: ConvertContext): string {
  return `[\n${inContainer(ctx, () => ctx.blocks(element.children))}\n]`;
}

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
  const items = (attribute(element, 'dataMaterials') ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) return 'none';
  return `(${typstString(ctx.options.labels.materials)}, (${items.map((item) => `${typstString(item)},`).join(' ')}))`;
}

const activity: BlockComponent = (element, ctx) => {
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
    ];
    return `#sidkit-activity(${args.join(', ')})${boxedContent(element, ctx)}`;
  });
};

const steps: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'ol', ctx)) return '';
  const items = listItems(element, ['li'], ctx).map((item) => `  ${itemContent(item, ctx)},\n`);
  return `#sidkit-steps(\n${items.join('')})`;
};

const discussion: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'div', ctx)) return '';
  if (!visibleChildren(element).some((child) => isElement(child, 'ul', 'ol'))) {
    ctx.problems.push(problemAt(element, 'A discussion must contain a <ul> or <ol> of questions.'));
  }
  return `#sidkit-discussion(title: ${typstString(ctx.options.labels.discussion)})${boxedContent(element, ctx)}`;
};

const worksheet: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'section', ctx)) return '';
  if (ctx.insideContainer) {
    ctx.problems.push(
      problemAt(
        element,
        'A worksheet starts a new page, so it cannot sit inside a box, list, table or other worksheet. Move it to the top level of the page.',
      ),
    );
    return '';
  }
  const title = requiredAttribute(element, 'dataTitle', 'data-title', ctx) ?? '';
  const lines = wholeNumber(element, 'dataLines', 'data-lines', ctx) ?? 0;
  const fields = ctx.options.labels.worksheetFields.map((field) => `${typstString(field)},`).join(' ');
  return withTitleHeading(ctx, title, (level) => {
    const args = [`level: ${level}`, `title: ${typstString(title)}`, `lines: ${lines}`, `fields: (${fields})`];
    return `#sidkit-worksheet(${args.join(', ')})${boxedContent(element, ctx)}`;
  });
};

const CALLOUT_KINDS: readonly CalloutKind[] = ['tip', 'warning', 'note'];

const callout: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'aside', ctx)) return '';
  const kind = attribute(element, 'dataKind') as CalloutKind | undefined;
  if (kind === undefined || !CALLOUT_KINDS.includes(kind)) {
    ctx.problems.push(problemAt(element, `data-kind="${kind ?? ''}" must be one of: ${CALLOUT_KINDS.join(', ')}.`));
    return '';
  }
  const label = typstString(ctx.options.labels.callouts[kind]);
  return `#sidkit-callout(kind: "${kind}", label: ${label})${boxedContent(element, ctx)}`;
};

const vocabulary: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'dl', ctx)) return '';
  const entries = termGroups(element, ctx).map((group) => `  (${termGroupContent(group, ctx).join(', ')}),\n`);
  return `#sidkit-vocabulary(title: ${typstString(ctx.options.labels.vocabulary)},\n${entries.join('')})`;
};

const helpbox: BlockComponent = (element, ctx) => {
  if (!expectTag(element, 'section', ctx)) return '';
  const title = attribute(element, 'dataTitle')?.trim() || ctx.options.labels.helplines;
  return `#sidkit-helpbox(title: ${typstString(title)})${boxedContent(element, ctx)}`;
};

/** Components laid out as blocks, by `data-sidkit` name. */
export const BLOCK_COMPONENTS: Readonly<Record<string, BlockComponent>> = {
  activity,
  steps,
  discussion,
  worksheet,
  callout,
  vocabulary,
  helpbox,
};

function noteMarker(id: string): InlinePiece {
  return { kind: 'atom', source: `#sidkit-noteref(${typstString(id)})` };
}

const cite: InlineComponent = (element, ctx) => {
  if (!expectTag(element, 'cite', ctx)) return [];
  const id = requiredAttribute(element, 'dataNote', 'data-note', ctx);
  if (id === undefined) return [];
  const markup = serializeInline(ctx.inline(element.children));
  const existing = ctx.endnotes.get(id);
  if (existing && existing.markup !== markup) {
    ctx.problems.push(
      problemAt(element, `Note ${id} is already defined with different text. Give this source its own data-note.`),
    );
  }
  if (!existing) ctx.endnotes.set(id, { id, markup });
  return [noteMarker(id)];
};

const noteref: InlineComponent = (element, ctx) => {
  if (!expectTag(element, 'sup', ctx)) return [];
  const id = textContent(element).trim();
  if (id === '') {
    ctx.problems.push(problemAt(element, 'A note reference must contain the note number it refers to.'));
    return [];
  }
  ctx.noteReferences.push({ id, element });
  return [noteMarker(id)];
};

/** Components that sit inside text, by `data-sidkit` name. */
export const INLINE_COMPONENTS: Readonly<Record<string, InlineComponent>> = { cite, noteref };
